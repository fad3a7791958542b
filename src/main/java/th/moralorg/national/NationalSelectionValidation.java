package th.moralorg.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/**
 * "บันทึกผลการพิจารณาของคณะอนุกรรมการคัดเลือกระดับชาติ": every reported case is selected unless
 * listed as not selected; outstanding models (ต้นแบบโดดเด่น) only among selected level-3 cases.
 */
@Component
class NationalSelectionValidation implements TaskListener {

    private final NationalReports reports;
    private final NationalSteps steps;

    NationalSelectionValidation(NationalReports reports, NationalSteps steps) {
        this.steps = steps;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = steps.report(task.getProcessInstanceId()).id();
        Map<String, Integer> levels = reports.items(reportId).stream()
                .collect(Collectors.toMap(NationalReports.Item::caseNumber, NationalReports.Item::certifiedLevel));
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.date("selectionDate", task.getVariable("selectionDate"), "วันที่ประชุมคณะอนุกรรมการคัดเลือก");
        List<String> notSelected = CaseNumberList.parse(errors, "notSelectedCases", task.getVariable("notSelectedCases"),
                levels.keySet());
        List<String> outstanding = CaseNumberList.parse(errors, "outstandingCases", task.getVariable("outstandingCases"),
                levels.keySet());
        List<String> invalid = outstanding.stream()
                .filter(n -> notSelected.contains(n) || (levels.containsKey(n) && levels.get(n) != 3)).toList();
        if (!invalid.isEmpty()) {
            errors.add("outstandingCases", "ต้นแบบโดดเด่นต้องเป็นองค์กรระดับ 3 ที่ผ่านการคัดเลือก: " + String.join(", ", invalid));
        }
        errors.text("selectionRemarks", task.getVariable("selectionRemarks"), "ข้อสังเกต", 4000, false);
        errors.rejectSubmissionIfInvalid();
        reports.selection(reportId, date, notSelected, outstanding);
        task.setVariable("selectionDate", date.toString());
    }
}
