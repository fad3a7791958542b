package th.moralorg.national;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.messaging.CaseMessages;

/** "ส่งรายงานคืนจังหวัด": message ProvincialReportReturned, with DRA's remarks, to the province's review. */
@Component
class ReturnReportToProvince implements JavaDelegate {

    private final NationalReports reports;
    private final CaseMessages messages;
    private final NationalSteps steps;

    ReturnReportToProvince(NationalReports reports, CaseMessages messages, NationalSteps steps) {
        this.steps = steps;
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String remarks = (String) execution.getVariable("returnRemarks");
        reports.status(steps.report(execution.getProcessInstanceId()).id(), "RETURNED", remarks);
        messages.send("ProvincialReportReturned", (String) execution.getVariable("reviewBusinessKey"),
                Map.of("returnRemarks", remarks));
    }
}
