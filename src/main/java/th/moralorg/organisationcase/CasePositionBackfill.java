package th.moralorg.organisationcase;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;
import th.moralorg.reference.WaitingOn;

/**
 * Cases that were running before V52 get their position once, at start-up, from the engine's
 * runtime and history (their open task, else the wait state they are in, else how they ended).
 * Idempotent: only cases whose position is still empty are filled; from then on
 * {@link CasePositionTracker} keeps them current. Production had no cases before V52; the local
 * run's database keeps its demo cases across restarts.
 */
@Component
@Order(100) // before the local run's demo data (DemoCases, 110), which the tracker fills itself
class CasePositionBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CasePositionBackfill.class);

    private record Found(String stage, WaitingOn on, Instant since, Instant due) {
    }

    private final JdbcClient jdbc;
    private final CasePositions positions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;
    private final CaseStages stages;
    private final AsSystem asSystem;

    CasePositionBackfill(JdbcClient jdbc, CasePositions positions, RuntimeService runtime, TaskService tasks, HistoryService history,
            RepositoryService repository, ManagementService management, CaseStages stages, AsSystem asSystem) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.management = management;
        this.stages = stages;
        this.asSystem = asSystem;
    }

    @Override
    public void run(ApplicationArguments args) {
        record Unplaced(String caseNumber, String processInstanceId) {
        }
        List<Unplaced> unplaced = jdbc.sql("""
                select case_number, process_instance_id from mo.organisation_case
                 where stage is null and process_instance_id is not null""").query(Unplaced.class).list();
        int filled = 0;
        for (Unplaced u : unplaced) {
            Optional<Found> found = asSystem.call(() -> find(u.processInstanceId()));
            if (found.isPresent()) {
                Found f = found.get();
                filled += positions.fill(u.caseNumber(), f.stage(), f.on(), f.since(), f.due()) ? 1 : 0;
            }
        }
        if (!unplaced.isEmpty()) {
            log.info("Filled the position of {} of {} cases that had none", filled, unplaced.size());
        }
    }

    private Optional<Found> find(String processInstanceId) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (running == null) {
            HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            return Optional.ofNullable(ended).filter(h -> h.getEndTime() != null).map(h -> new Found(
                    h.getEndActivityId(), WaitingOn.NOBODY, h.getEndTime().toInstant(), null));
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
        if (!open.isEmpty()) {
            Task task = open.get(0);
            FlowNode node = repository.getBpmnModelInstance(running.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            WaitingOn on = CasePositionTracker.byCandidates(tasks.getIdentityLinksForTask(task.getId()))
                    .or(() -> stages.waitingOn(node)).orElse(null);
            return Optional.of(new Found(task.getTaskDefinitionKey(), on, task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        var model = repository.getBpmnModelInstance(running.getProcessDefinitionId());
        return runtime.getActiveActivityIds(processInstanceId).stream()
                .map(id -> (FlowNode) model.getModelElementById(id))
                .filter(node -> node != null && CaseStages.isWaitState(node)).findFirst()
                .map(node -> new Found(node.getId(), stages.waitingOn(node).orElse(null),
                        since(processInstanceId, node.getId()), CasePositionTracker.timerDue(management, processInstanceId,
                                CaseStages.timersOf(node))));
    }

    private Instant since(String processInstanceId, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId)
                .unfinished().list().stream().map(HistoricActivityInstance::getStartTime).filter(Objects::nonNull)
                .max(Date::compareTo).map(Date::toInstant).orElse(null);
    }

}
