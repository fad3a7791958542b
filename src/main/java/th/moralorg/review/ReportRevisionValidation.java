package th.moralorg.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/** "แก้ไขรายงานตามที่กรมการศาสนาส่งคืน": the PCO says what it corrected before sending again. */
@Component
class ReportRevisionValidation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        errors.text("revisionNote", task.getVariable("revisionNote"), "คำชี้แจงการแก้ไข", 2000, true);
        errors.rejectSubmissionIfInvalid();
        task.setVariable("reportConfirmed", false);
    }
}
