package th.moralorg.event;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/**
 * "บันทึกผู้เข้าร่วมกิจกรรม": the event took place (not in the future), attendance is confirmed, and
 * its summary (seed 5.2.2(7): what was done, how many people came, what came of it) is stored on
 * the event in the completing transaction, so a refusal keeps nothing of it.
 */
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
        String summary = errors.text("eventSummary", task.getVariable("eventSummary"), "สรุปผลการจัดกิจกรรม", 4000, true);
        Integer people = errors.number("participantCount", task.getVariable("participantCount"), "จำนวนผู้เข้าร่วม", 0,
                100000);
        String outcomes = errors.text("eventOutcomes", task.getVariable("eventOutcomes"), "ผลที่ได้จากกิจกรรม", 4000, false);
        long eventId = steps.event(task.getProcessInstanceId()).id();
        long organisations = events.participants(eventId).stream().filter(ProvincialEvents.Participant::attended).count();
        if (people != null && people < organisations) {
            errors.add("participantCount", "จำนวนผู้เข้าร่วมต้องไม่น้อยกว่าจำนวนองค์กรที่มาร่วม (" + organisations + " องค์กร)");
        }
        errors.rejectSubmissionIfInvalid();
        events.held(eventId, heldOn, summary, people, outcomes);
        task.setVariable("heldOn", heldOn.toString());
    }
}
