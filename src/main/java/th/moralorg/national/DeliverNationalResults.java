package th.moralorg.national;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.moralorg.messaging.CaseMessages;

/**
 * "แจ้งผลระดับชาติถึงแต่ละองค์กร": message NationalResult to each case of the report, with who
 * recorded the case's result at its national meeting ({@code decidedBy}). One batch per instance of the
 * step (messaging.CaseMessages): the next results not yet delivered, so that a batch retried after a
 * failure delivers nothing twice.
 */
@Component
class DeliverNationalResults implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeliverNationalResults.class);

    private final NationalReports reports;
    private final CaseMessages messages;
    private final NationalSteps steps;

    DeliverNationalResults(NationalReports reports, CaseMessages messages, NationalSteps steps) {
        this.steps = steps;
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = steps.report(execution.getProcessInstanceId()).id();
        int delivered = 0;
        for (NationalReports.Item item : reports.undelivered(reportId, messages.batchSize())) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("nationalResult", item.result());
            variables.put("nationalRemarks", item.remarks());
            variables.put("outstandingModel", item.outstandingModel());
            variables.put("decidedBy", item.decidedBy());
            boolean waiting = messages.send("NationalResult", item.caseNumber(), variables);
            reports.delivered(reportId, item.caseNumber(), waiting ? "DELIVERED" : "NOT_WAITING");
            delivered += waiting ? 1 : 0;
        }
        log.info("National report {}: a batch of results delivered to {} cases", reportId, delivered);
    }
}
