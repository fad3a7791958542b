package th.moralorg.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/** "ส่งรายงานผลการรับรองถึงกรมการศาสนา" (seed 5.2.2(4)): the PCO confirms the certified list. */
@Component
class ReportSubmissionValidation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        if (!FieldErrors.isTrue(task.getVariable("reportConfirmed"))) {
            errors.add("reportConfirmed", "กรุณายืนยันว่าตรวจสอบบัญชีรายชื่อที่ผ่านการรับรองแล้ว");
        }
        errors.text("reportNote", task.getVariable("reportNote"), "หมายเหตุถึงกรมการศาสนา", 2000, false);
        errors.rejectSubmissionIfInvalid();
    }
}
