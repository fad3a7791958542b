package th.moralorg.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.identity.ProvinceTenants;

/**
 * Reminders and escalation of open human tasks ({@code moralorg.sla.tasks.<taskDefinitionKey>}):
 * a scan finds tasks older than their reminder or escalation age and queues each notice once per
 * task (table {@code mo.task_sla_notice}), whatever the number of scans or nodes. Every node checks
 * each {@code moralorg.sla.check-interval} (1m); one scan runs per {@code moralorg.sla.scan-interval} across all of them
 * ({@link DueTimeClaims}).
 */
@Component
public class SlaScanner {

    private static final Logger log = LoggerFactory.getLogger(SlaScanner.class);
    private static final int PAGE = 500;

    enum Stage { REMINDER, ESCALATION }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SlaSettings sla;
    private final NotificationSettings settings;
    private final Clock clock;
    private final DueTimeClaims claims;
    /** Notices this node raised since it started, per stage. */
    private final Map<Stage, AtomicLong> raisedSinceStart = new EnumMap<>(Map.of(
            Stage.REMINDER, new AtomicLong(), Stage.ESCALATION, new AtomicLong()));

    SlaScanner(TaskService tasks, RuntimeService runtime, NotificationService notifications, JdbcClient jdbc,
            TransactionTemplate transactions, SlaSettings sla, NotificationSettings settings, Clock clock,
            DueTimeClaims claims) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sla = sla;
        this.settings = settings;
        this.clock = clock;
        this.claims = claims;
    }

    @Scheduled(fixedDelayString = "${moralorg.sla.check-interval:1m}", initialDelayString = "${moralorg.sla.check-interval:1m}")
    void scheduled() {
        try {
            scanIfDue();
        } catch (RuntimeException e) {
            log.warn("SLA scan: {}", e.toString());
        }
    }

    /**
     * Scans unless this or another node already scanned in the current period of
     * {@code moralorg.sla.scan-interval}; returns whether this call scanned.
     */
    public boolean scanIfDue() {
        if (!claims.claim("sla-scan", sla.scanInterval())) {
            return false;
        }
        scan();
        return true;
    }

    /** Queues every reminder and escalation now due; returns how many notices it raised. */
    public int scan() {
        Instant now = clock.instant();
        int raised = 0;
        for (Map.Entry<String, SlaSettings.TaskSla> rule : sla.tasks().entrySet()) {
            raised += scan(rule.getKey(), rule.getValue(), Stage.REMINDER, rule.getValue().reminder(), now);
            raised += scan(rule.getKey(), rule.getValue(), Stage.ESCALATION, rule.getValue().escalate(), now);
        }
        return raised;
    }

    private int scan(String taskKey, SlaSettings.TaskSla rule, Stage stage, Duration age, Instant now) {
        if (age == null) {
            return 0;
        }
        int raised = 0;
        Date createdBefore = Date.from(now.minus(age));
        for (int first = 0;; first += PAGE) {
            List<Task> page = tasks.createTaskQuery().taskDefinitionKey(taskKey).taskCreatedBefore(createdBefore)
                    .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(first, PAGE);
            for (Task task : page) {
                if (!noticed(task.getId(), stage)) {
                    raised += Boolean.TRUE.equals(transactions.execute(s -> raise(task, rule, stage, now))) ? 1 : 0;
                }
            }
            if (page.size() < PAGE) {
                return raised;
            }
        }
    }

    /** Reminders or escalations this node queued since it started. */
    long raisedSinceStart(Stage stage) {
        return raisedSinceStart.get(stage).get();
    }

    private boolean noticed(String taskId, Stage stage) {
        return jdbc.sql("select exists (select 1 from mo.task_sla_notice where task_id = ? and stage = ?)")
                .params(taskId, stage.name()).query(Boolean.class).single();
    }

    private boolean raise(Task task, SlaSettings.TaskSla rule, Stage stage, Instant now) {
        boolean first = jdbc.sql("insert into mo.task_sla_notice (task_id, stage, notified_at) values (?, ?, ?)"
                + " on conflict do nothing").params(task.getId(), stage.name(), now.atOffset(ZoneOffset.UTC))
                .update() == 1;
        if (!first) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>(tasks.getVariables(task.getId()));
        ProcessInstance instance = task.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        Instant created = task.getCreateTime().toInstant();
        Date due = task.getDueDate() != null ? task.getDueDate()
                : rule.due() != null ? Date.from(created.plus(rule.due())) : null;
        variables.put("taskId", task.getId());
        variables.put("taskName", task.getName());
        variables.put("createdAt", task.getCreateTime());
        variables.put("dueDate", due);
        variables.put("daysOpen", Duration.between(created, now).toDays());
        variables.put("assignee", task.getAssignee());
        variables.put("link", TaskAssignmentNotifier.tasklistLink(settings, task.getId()));
        NotificationKind kind = stage == Stage.REMINDER ? NotificationKind.SLA_REMINDER : NotificationKind.ESCALATION;
        List<String> recipients = stage == Stage.ESCALATION && rule.escalationGroup() != null
                ? escalationGroup(rule.escalationGroup(), task)
                : workers(task);
        variables.put("escalationGroup", rule.escalationGroup());
        notifications.enqueue(kind, recipients, businessKey, kind.id() + ":" + businessKey + ":" + task.getId(),
                variables);
        log.info("{} queued for task {} ({}) of {}", kind.id(), task.getId(), task.getTaskDefinitionKey(), businessKey);
        raisedSinceStart.get(stage).incrementAndGet();
        return true;
    }

    /**
     * The escalation group, its {@code {provinceCode}} the province of the task's tenant
     * ({@code province-50}); none when the task is in no province's tenant.
     */
    private static List<String> escalationGroup(String group, Task task) {
        if (!group.contains("{provinceCode}")) {
            return List.of(Directory.GROUP + group);
        }
        String tenant = task.getTenantId();
        String prefix = ProvinceTenants.tenantOf("");
        if (tenant == null || !tenant.startsWith(prefix)) {
            log.warn("Task {} ({}) is in no province's tenant: no escalation group for {}", task.getId(),
                    task.getTaskDefinitionKey(), group);
            return List.of();
        }
        return List.of(Directory.GROUP + group.replace("{provinceCode}", tenant.substring(prefix.length())));
    }

    /** The assignee, or else the candidate users and groups. */
    private List<String> workers(Task task) {
        if (task.getAssignee() != null) {
            return List.of(Directory.USER + task.getAssignee());
        }
        List<String> recipients = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                recipients.add(link.getGroupId() != null ? Directory.GROUP + link.getGroupId()
                        : Directory.USER + link.getUserId());
            }
        }
        return recipients;
    }
}
