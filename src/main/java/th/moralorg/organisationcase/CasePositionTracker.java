package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.moralorg.identity.AsSystem;
import th.moralorg.identity.People;
import th.moralorg.identity.Roles;
import th.moralorg.reference.WaitingOn;

/**
 * Keeps where each case stands ({@link CasePositions}) current from the engine, inside the
 * engine's command, so in the transaction of the step: on the starter's execution and task events
 * (camunda.bpm.eventing; built-in listeners, never skipped). A user task's creation sets its
 * stage, whom it waits on by its candidate groups, and its due date; a due date changed later
 * (TaskService.setDueDate, Tasklist) follows. A message or timer catch event, an event-based
 * gateway or a receive task sets its stage when entered, whom it waits on by its
 * {@value CaseStages#PROPERTY} property, and a timer's due date; an end event sets NOBODY.
 *
 * <p>A case stands at one place, but after provincial certification it has two branches at once
 * (the national-database entry and the national result, docs/processes.md): the last wait state
 * entered is the position, and whenever a token forks or reaches a join ({@link #settleAtCommit})
 * the position is settled again from what the instance waits at once the step is written: an open
 * task before a message or timer (someone can act on it), the newest task among tasks.
 */
@Component
class CasePositionTracker {

    private static final Logger log = LoggerFactory.getLogger(CasePositionTracker.class);
    private static final String DEFINITION_PREFIX = CaseSteps.PROCESS_KEY + ":";

    private final CasePositions positions;
    private final CaseSteps steps;
    private final CaseStages stages;
    private final ManagementService management;
    private final CaseWaiting waiting;
    private final AsSystem asSystem;
    private final Clock clock;

    CasePositionTracker(CasePositions positions, CaseSteps steps, CaseStages stages, ManagementService management,
            CaseWaiting waiting, AsSystem asSystem, Clock clock) {
        this.positions = positions;
        this.steps = steps;
        this.stages = stages;
        this.management = management;
        this.waiting = waiting;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    @EventListener
    void onExecution(DelegateExecution execution) {
        if (!ExecutionListener.EVENTNAME_START.equals(execution.getEventName()) || !ofCase(execution.getProcessDefinitionId())) {
            return;
        }
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element instanceof EndEvent) {
            write(execution.getProcessInstanceId(), element.getId(), WaitingOn.NOBODY, null);
        } else if (element instanceof ParallelGateway) {
            settleAtCommit(execution.getProcessInstanceId(), execution.getProcessDefinitionId(),
                    execution.getBpmnModelInstance());
        } else if (element instanceof FlowNode node && !(node instanceof UserTask) && CaseStages.isWaitState(node)) {
            WaitingOn on = stages.waitingOn(node).orElse(null);
            if (on == null) {
                log.warn("Wait state {} of {} has no valid {} property: whom it waits on stays unknown", node.getId(),
                        execution.getProcessDefinitionId(), CaseStages.PROPERTY);
            }
            write(execution.getProcessInstanceId(), node.getId(), on, null);
            List<String> timers = CaseStages.timersOf(node);
            if (!timers.isEmpty()) {
                dueOfTimersAtCommit(execution.getProcessInstanceId(), node.getId(), timers);
            }
        }
    }

    @EventListener
    void onTask(DelegateTask task) {
        if (task.getProcessDefinitionId() == null || !ofCase(task.getProcessDefinitionId())) {
            return;
        }
        String event = task.getEventName();
        if (TaskListener.EVENTNAME_CREATE.equals(event)) {
            WaitingOn on = byCandidates(task).or(() -> stages.waitingOn(task.getBpmnModelElementInstance())).orElse(null);
            write(task.getProcessInstanceId(), task.getTaskDefinitionKey(), on, instant(task.getDueDate()));
        } else if (TaskListener.EVENTNAME_UPDATE.equals(event)) {
            positions.moveDue(task.getProcessInstanceId(), task.getTaskDefinitionKey(), instant(task.getDueDate()));
        }
    }

    /** Who may do the task: the organisation's group, a province office, DRA. */
    static Optional<WaitingOn> byCandidates(DelegateTask task) {
        return byCandidates(task.getCandidates());
    }

    static Optional<WaitingOn> byCandidates(Collection<? extends IdentityLink> links) {
        return byGroups(links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet()));
    }

    static Optional<WaitingOn> byGroups(Collection<String> candidateGroups) {
        if (candidateGroups.stream().anyMatch(People::isOrganisationGroup)) {
            return Optional.of(WaitingOn.ORGANISATION);
        }
        if (candidateGroups.stream().anyMatch(People::isOfficerGroup)) {
            return Optional.of(WaitingOn.OFFICE);
        }
        if (candidateGroups.contains(Roles.DRA)) {
            return Optional.of(WaitingOn.NATIONAL);
        }
        return Optional.empty();
    }

    private void write(String processInstanceId, String stage, WaitingOn on, Instant due) {
        Instant now = clock.instant();
        if (!positions.move(processInstanceId, stage, on, now, due)) {
            // the instance's first steps, before its start returned: bind the row being started
            steps.caseOf(processInstanceId);
            positions.move(processInstanceId, stage, on, now, due);
        }
    }

    /**
     * A timer's job is written when the engine flushes its command, after this listener: its due
     * date is read just before the transaction commits, and kept only if the case still stands
     * there.
     */
    private void dueOfTimersAtCommit(String processInstanceId, String stage, List<String> timerIds) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.warn("No transaction to read the timer of {} in; its due date stays empty", stage);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                Instant due = asSystem.call(() -> timerDue(management, processInstanceId, timerIds));
                positions.moveDue(processInstanceId, stage, due);
            }
        });
    }

    /**
     * Where the case stands once a fork or a join is written (the engine flushes after this
     * listener): read before the transaction commits, once per instance and transaction.
     */
    private void settleAtCommit(String processInstanceId, String processDefinitionId, BpmnModelInstance model) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.warn("No transaction to settle the position of {} in", processInstanceId);
            return;
        }
        String resource = CasePositionTracker.class.getName() + ":settle:" + processInstanceId;
        if (TransactionSynchronizationManager.hasResource(resource)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(resource, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                CaseWaiting.Waiting now = asSystem.call(() -> waiting.of(processInstanceId, processDefinitionId));
                settle(positions.stageOf(processInstanceId).orElse(null), now, model).ifPresent(
                        p -> positions.move(processInstanceId, p.stage(), p.on(), p.since(), p.due()));
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resource);
            }
        });
    }

    /** A position to move to. */
    record Placed(String stage, WaitingOn on, Instant since, Instant due) {
    }

    /**
     * Where a case that waits at {@code now} stands, when not at {@code stored} already: at an open
     * task before a message or a timer, the newest task; nothing when it waits at nothing.
     */
    static Optional<Placed> settle(String stored, CaseWaiting.Waiting now, BpmnModelInstance model) {
        if (!now.tasks().isEmpty()) {
            if (now.tasks().stream().anyMatch(t -> t.key().equals(stored))) {
                return Optional.empty();
            }
            CaseWaiting.OpenTask newest = now.tasks().get(now.tasks().size() - 1);
            FlowNode node = model.getModelElementById(newest.key());
            WaitingOn on = byGroups(newest.candidateGroups())
                    .or(() -> node == null ? Optional.empty() : CaseStages.waitingOnProperty(node)).orElse(null);
            return Optional.of(new Placed(newest.key(), on, newest.created(), newest.due()));
        }
        List<Placed> events = now.events().stream().map(CaseWaiting.Event::activityId).filter(Objects::nonNull)
                .map(id -> model.<FlowNode>getModelElementById(id))
                .filter(Objects::nonNull).map(CasePositionTracker::waitStateOf).distinct()
                .map(node -> placedAt(node, now)).toList();
        if (events.isEmpty() || events.stream().anyMatch(p -> p.stage().equals(stored))) {
            return Optional.empty();
        }
        return Optional.of(events.get(0));
    }

    /** The wait state of a catch event: the event-based gateway before it, else itself. */
    private static FlowNode waitStateOf(FlowNode event) {
        return CaseStages.afterEventBasedGateway(event) ? event.getPreviousNodes().singleResult() : event;
    }

    private static Placed placedAt(FlowNode node, CaseWaiting.Waiting now) {
        List<String> ids = node.getSucceedingNodes().list().stream().map(FlowNode::getId).collect(Collectors.toList());
        ids.add(node.getId());
        List<CaseWaiting.Event> at = now.events().stream().filter(e -> ids.contains(e.activityId())).toList();
        Instant since = at.stream().map(CaseWaiting.Event::since).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Instant due = at.stream().map(CaseWaiting.Event::due).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        return new Placed(node.getId(), CaseStages.waitingOnProperty(node).orElse(null), since, due);
    }

    /** The earliest due date of the instance's timers at the given timer events. */
    static Instant timerDue(ManagementService management, String processInstanceId, List<String> timerIds) {
        return timerIds.stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(id)
                        .list().stream())
                .map(Job::getDuedate).filter(Objects::nonNull).min(Date::compareTo).map(Date::toInstant).orElse(null);
    }

    private static boolean ofCase(String processDefinitionId) {
        return processDefinitionId != null && processDefinitionId.startsWith(DEFINITION_PREFIX);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
