package th.moralorg.organisationcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * What a case waits for right now, read live from the engine for its process instance: its open
 * tasks (with assignee or candidate groups, created, due), the messages it waits for and its
 * timers (the catch event's Thai name from the model, a timer's due date). The one live reading of
 * the case page; the case list keeps a stored summary of the same (issue 11). Engine reads: the
 * caller runs them as the system.
 */
@Component
class CaseWaiting {

    /**
     * An open task ({@code key}: its id in the model); {@code assignee} null when nobody claimed it,
     * then {@code candidateGroups} may take it.
     */
    record OpenTask(String taskId, String key, String name, String assignee, List<String> candidateGroups, Instant created,
            Instant due) {
    }

    /** A message or timer the case waits at: {@code kind} MESSAGE or TIMER, the event's name, since, due (timers). */
    record Event(String kind, String activityId, String name, Instant since, Instant due) {
    }

    record Waiting(List<OpenTask> tasks, List<Event> events) {
        static final Waiting NOTHING = new Waiting(List.of(), List.of());

        /** Since when the case waits at its current step(s): the earliest. */
        Instant since() {
            return java.util.stream.Stream.concat(tasks.stream().map(OpenTask::created), events.stream().map(Event::since))
                    .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    CaseWaiting(TaskService tasks, RuntimeService runtime, ManagementService management, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    /** Nothing for an instance that ended (or a case without one). */
    Waiting of(String processInstanceId, String processDefinitionId) {
        if (processInstanceId == null || processDefinitionId == null) {
            return Waiting.NOTHING;
        }
        List<OpenTask> open = new ArrayList<>();
        // candidate groups per open task: a case has one to three open tasks at a time
        for (Task t : tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()) {
            List<String> groups = t.getAssignee() != null ? List.of() : tasks.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            open.add(new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(), groups,
                    instant(t.getCreateTime()), instant(t.getDueDate())));
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        List<Event> events = new ArrayList<>();
        for (EventSubscription s : runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").list()) {
            events.add(new Event("MESSAGE", s.getActivityId(), name(model, s.getActivityId()), instant(s.getCreated()),
                    null));
        }
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
        if (!timers.isEmpty()) {
            Map<String, String> activityOf = management.createJobDefinitionQuery()
                    .processDefinitionId(processDefinitionId).list().stream()
                    .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId, (a, b) -> a));
            for (Job job : timers) {
                String activity = activityOf.get(job.getJobDefinitionId());
                events.add(new Event("TIMER", activity, name(model, activity), instant(job.getCreateTime()),
                        instant(job.getDuedate())));
            }
        }
        events.sort(Comparator.comparing(Event::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Waiting(List.copyOf(open), List.copyOf(events));
    }

    private static String name(BpmnModelInstance model, String activityId) {
        if (activityId == null) {
            return null;
        }
        FlowElement element = model.getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
