package th.moralorg.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.identity.CurrentUser;
import th.moralorg.validation.FieldErrors;

/**
 * "บันทึกมติคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ": the committee endorses every selected case unless
 * listed as not endorsed; a case the subcommittee did not select cannot be endorsed.
 */
@Component
class NationalCommitteeValidation implements TaskListener {

    /** Who recorded the resolution; set here on completion, after the form's variables, so a form cannot name someone. */
    static final String DECIDED_BY = "committeeDecidedBy";

    private final NationalReports reports;
    private final NationalSteps steps;

    NationalCommitteeValidation(NationalReports reports, NationalSteps steps) {
        this.steps = steps;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = steps.report(task.getProcessInstanceId()).id();
        NationalReports.Report report = reports.find(reportId).orElseThrow();
        Set<String> reported = reports.items(reportId).stream().map(NationalReports.Item::caseNumber)
                .collect(Collectors.toSet());
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.date("committeeDate", task.getVariable("committeeDate"), "วันที่ประชุมคณะกรรมการ");
        if (date != null && report.selectionDate() != null && date.isBefore(report.selectionDate())) {
            errors.add("committeeDate", "วันที่ประชุมคณะกรรมการต้องไม่ก่อนวันที่ประชุมคณะอนุกรรมการคัดเลือก");
        }
        List<String> notEndorsed = CaseNumberList.parse(errors, "notEndorsedCases", task.getVariable("notEndorsedCases"),
                reported);
        String remarks = errors.text("committeeRemarks", task.getVariable("committeeRemarks"), "ข้อสังเกต", 4000, false);
        errors.rejectSubmissionIfInvalid();
        reports.committee(reportId, date, notEndorsed, remarks);
        task.setVariable("committeeDate", date.toString());
        task.setVariable(DECIDED_BY, CurrentUser.completing(task).orElse(null));
    }
}
