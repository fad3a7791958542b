package th.moralorg.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: tasks of users who chose it are collected as they arrive and sent once a day
 * at {@code moralorg.notification.digest-time} (local time of {@code zone}), one mail per user
 * listing every task that arrived before that time and was not in an earlier digest.
 */
@Component
class TaskDigest {

    private static final Logger log = LoggerFactory.getLogger(TaskDigest.class);

    private final JdbcClient jdbc;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final NotificationSettings settings;
    private final Clock clock;

    TaskDigest(JdbcClient jdbc, NotificationService notifications, TransactionTemplate transactions,
            NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps the task for the user's next digest (in the caller's transaction). */
    void add(String userId, String address, DelegateTask task, String businessKey) {
        Object caseNumber = task.getVariable("caseNumber");
        jdbc.sql("""
                insert into mo.notification_digest_item (user_id, recipient, task_id, task_name, business_key,
                    case_number, due_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (user_id, task_id) do nothing""")
                .params(userId, address, task.getId(), task.getName(), businessKey,
                        caseNumber != null ? caseNumber.toString() : businessKey,
                        task.getDueDate() == null ? null : task.getDueDate().toInstant().atOffset(ZoneOffset.UTC),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Scheduled(fixedDelayString = "${moralorg.notification.digest-check-interval:1m}", initialDelay = 30_000)
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Task digest: {}", e.toString());
        }
    }

    /** Queues today's digests when their time has come; returns how many users got one. */
    int sendDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        Instant cut = today.atTime(settings.digestTime()).atZone(settings.zone()).toInstant();
        if (now.isBefore(cut)) {
            return 0;
        }
        List<String> users = jdbc.sql("select distinct user_id from mo.notification_digest_item"
                + " where digest_key is null and created_at < ?").param(cut.atOffset(ZoneOffset.UTC))
                .query(String.class).list();
        int sent = 0;
        for (String user : users) {
            Boolean queued = transactions.execute(status -> queue(user, today, cut));
            sent += Boolean.TRUE.equals(queued) ? 1 : 0;
        }
        return sent;
    }

    private boolean queue(String user, LocalDate day, Instant cut) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select id, recipient, task_id, task_name, case_number, due_at, created_at
                from mo.notification_digest_item where user_id = ? and digest_key is null and created_at < ?
                order by created_at, id for update skip locked""")
                .params(user, cut.atOffset(ZoneOffset.UTC)).query().listOfRows();
        if (rows.isEmpty()) {
            return false;
        }
        List<Map<String, Object>> items = rows.stream().map(this::item).toList();
        String key = NotificationKind.TASK_DIGEST.id() + ":" + user + ":" + day;
        String recipient = (String) rows.get(rows.size() - 1).get("recipient");
        EnqueueResult result = notifications.enqueue(NotificationKind.TASK_DIGEST, List.of(recipient), null, key,
                Map.of("tasks", items, "digestDate", day, "link", "/camunda/app/tasklist/"));
        if (result.queued() == 0) {
            return false; // today's digest already went out: these wait for tomorrow's
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        jdbc.sql("update mo.notification_digest_item set digest_key = :key where id in (:ids)")
                .param("key", key).param("ids", ids).update();
        return true;
    }

    /** One task as the digest template lists it: taskName, caseNumber, dueAt, createdAt, link. */
    private Map<String, Object> item(Map<String, Object> row) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("taskId", row.get("task_id"));
        item.put("taskName", row.get("task_name"));
        item.put("caseNumber", row.get("case_number"));
        item.put("dueAt", offset(row.get("due_at")));
        item.put("createdAt", offset(row.get("created_at")));
        item.put("link", TaskAssignmentNotifier.tasklistLink(settings, (String) row.get("task_id")));
        return item;
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
