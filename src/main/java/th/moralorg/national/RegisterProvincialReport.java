package th.moralorg.national;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Provinces;

/**
 * "ลงทะเบียนรับรายงานของจังหวัด" (seed 5.2.2(4)): the report and its certified cases, at DRA; the
 * province's Thai name for the reception form (receive-report.form). The first step after the
 * start message, in the transaction of the start: the meeting and round are what the review's
 * step sent (only the system starts this process); the row records this instance, and every
 * later step finds the report by it. Province and fiscal year come from the meeting's row.
 */
@Component
class RegisterProvincialReport implements JavaDelegate {

    private final NationalReports reports;
    private final Provinces provinces;

    RegisterProvincialReport(NationalReports reports, Provinces provinces) {
        this.reports = reports;
        this.provinces = provinces;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = ((Number) execution.getVariable("reviewMeetingId")).longValue();
        int round = ((Number) execution.getVariable("reportRound")).intValue();
        long reportId = reports.register(meetingId, round, execution.getProcessInstanceId());
        String provinceCode = reports.find(reportId).orElseThrow().provinceCode();
        execution.setVariable("provinceCode", provinceCode);
        execution.setVariable("reportId", reportId);
        execution.setVariable("reportedCaseCount", reports.items(reportId).size());
        execution.setVariable("provinceName", provinces.findByCode(provinceCode).map(p -> p.nameTh()).orElse(provinceCode));
    }
}
