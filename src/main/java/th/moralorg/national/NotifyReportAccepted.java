package th.moralorg.national;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.messaging.CaseMessages;

/** "แจ้งจังหวัดว่ารับรายงานแล้ว": message ProvincialReportAccepted to the province's review. */
@Component
class NotifyReportAccepted implements JavaDelegate {

    private final NationalReports reports;
    private final CaseMessages messages;
    private final NationalSteps steps;

    NotifyReportAccepted(NationalReports reports, CaseMessages messages, NationalSteps steps) {
        this.steps = steps;
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.status(steps.report(execution.getProcessInstanceId()).id(), "ACCEPTED", null);
        messages.send("ProvincialReportAccepted", (String) execution.getVariable("reviewBusinessKey"), Map.of());
    }
}
