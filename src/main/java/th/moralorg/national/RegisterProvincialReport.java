package th.moralorg.national;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Provinces;

/**
 * "ลงทะเบียนรับรายงานของจังหวัด" (seed 5.2.2(4)): the report and its certified cases, at DRA; the
 * province's Thai name for the reception form (receive-report.form).
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
        String provinceCode = (String) execution.getVariable("provinceCode");
        long reportId = reports.register(meetingId, round, provinceCode,
                ((Number) execution.getVariable("fiscalYear")).intValue(), execution.getProcessInstanceId());
        execution.setVariable("reportId", reportId);
        execution.setVariable("reportedCaseCount", reports.items(reportId).size());
        execution.setVariable("provinceName", provinces.findByCode(provinceCode).map(p -> p.nameTh()).orElse(provinceCode));
    }
}
