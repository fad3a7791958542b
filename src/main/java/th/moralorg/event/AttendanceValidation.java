package th.moralorg.event;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/** "บันทึกผู้เข้าร่วมกิจกรรม": the event took place (not in the future) and attendance is confirmed. */
@Component
class AttendanceValidation implements TaskListener {

    private final ProvincialEvents events;
    private final EventSteps steps;

    AttendanceValidation(ProvincialEvents events, EventSteps steps) {
        this.steps = steps;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        LocalDate heldOn = errors.date("heldOn", task.getVariable("heldOn"), "วันที่จัดกิจกรรม");
        if (heldOn != null && heldOn.isAfter(LocalDate.now())) {
            errors.add("heldOn", "วันที่จัดกิจกรรมต้องไม่อยู่ในอนาคต");
        }
        if (!FieldErrors.isTrue(task.getVariable("attendanceConfirmed"))) {
            errors.add("attendanceConfirmed", "กรุณายืนยันว่าบันทึกรายชื่อผู้เข้าร่วมครบแล้ว");
        }
        errors.text("eventSummary", task.getVariable("eventSummary"), "สรุปผลการจัดกิจกรรม", 4000, false);
        errors.rejectSubmissionIfInvalid();
        long eventId = steps.event(task.getProcessInstanceId()).id();
        events.held(eventId, heldOn);
        task.setVariable("heldOn", heldOn.toString());
    }
}
