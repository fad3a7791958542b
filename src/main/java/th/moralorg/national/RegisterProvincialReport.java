package th.moralorg.national;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "ลงทะเบียนรับรายงานของจังหวัด" (seed 5.2.2(4)): the report and its certified cases, at DRA. */
@Component
class RegisterProvincialReport implements JavaDelegate {

    private final NationalReports reports;

    RegisterProvincialReport(NationalReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = ((Number) execution.getVariable("reviewMeetingId")).longValue();
        int round = ((Number) execution.getVariable("reportRound")).intValue();
        long reportId = reports.register(meetingId, round, (String) execution.getVariable("provinceCode"),
                ((Number) execution.getVariable("fiscalYear")).intValue(), execution.getProcessInstanceId());
        execution.setVariable("reportId", reportId);
        execution.setVariable("reportedCaseCount", reports.items(reportId).size());
    }
}
