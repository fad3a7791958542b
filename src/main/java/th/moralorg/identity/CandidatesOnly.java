package th.moralorg.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Separation of duties: a person who claims, unclaims or completes a task must be one of its candidates
 * (a member of a candidate group, or a candidate user). Officers cannot do an organisation's step
 * and coordinators cannot do an office's step, whatever their grants allow. It runs inside the
 * engine's command on the starter's task events (camunda.bpm.eventing.task, not skippable), so
 * REST API and Tasklist alike are covered and a refusal rolls the claim or completion back. The
 * system (no authentication) and administrators pass.
 */
@Component
class CandidatesOnly {

    @EventListener
    void check(DelegateTask task) {
        String event = task.getEventName();
        // claiming and releasing: only the task's candidates, and each only for themselves
        if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(event) && !TaskListener.EVENTNAME_COMPLETE.equals(event)) {
            return;
        }
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        Optional<String> user = CurrentUser.of(identity);
        if (user.isEmpty()) {
            return;
        }
        List<String> groups = CurrentUser.groups(identity);
        if (groups.contains(Roles.ADMINISTRATORS)) {
            return;
        }
        boolean candidate = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> user.get().equals(link.getUserId())
                        || link.getGroupId() != null && groups.contains(link.getGroupId()));
        // a candidate claims for themselves (or releases); never hands the task, and its grant, to someone else
        boolean assigningAnother = TaskListener.EVENTNAME_ASSIGNMENT.equals(event) && task.getAssignee() != null
                && !task.getAssignee().equals(user.get());
        if (!candidate || assigningAnother) {
            throw new TaskWorkRefused();
        }
    }
}
