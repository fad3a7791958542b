package th.moralorg.event;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/** "เชิญองค์กรเข้าร่วม" (seed 5.2.2(1),(7)): at least one organisation invited. */
@Component
class InvitationsValidation implements TaskListener {

    private final ProvincialEvents events;
    private final EventSteps steps;

    InvitationsValidation(ProvincialEvents events, EventSteps steps) {
        this.steps = steps;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        long eventId = steps.event(task.getProcessInstanceId()).id();
        int invited = events.participants(eventId).size();
        if (invited == 0) {
            errors.add("invitations", "ยังไม่ได้เชิญองค์กรใด กรุณาเชิญอย่างน้อย 1 องค์กร");
        }
        errors.rejectSubmissionIfInvalid();
        task.setVariable("invitedCount", invited);
    }
}
