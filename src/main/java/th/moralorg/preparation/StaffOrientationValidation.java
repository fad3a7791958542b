package th.moralorg.preparation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.system.FieldErrors;

/** Checks "บันทึกการประชุมชี้แจงเจ้าหน้าที่" (seed 5.1.1) on completion; refuses it whole when invalid. */
@Component
class StaffOrientationValidation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.date("orientationDate", task.getVariable("orientationDate"), "วันที่ประชุม");
        if (date != null && date.isAfter(LocalDate.now().plusDays(1))) {
            errors.add("orientationDate", "วันที่ประชุมต้องไม่อยู่ในอนาคต");
        }
        errors.number("attendeeCount", task.getVariable("attendeeCount"), "จำนวนผู้เข้าร่วม", 1, 1000);
        errors.text("materials", task.getVariable("materials"), "สื่อและเอกสารที่ใช้", 2000, true);
        errors.rejectSubmissionIfInvalid();
    }
}
