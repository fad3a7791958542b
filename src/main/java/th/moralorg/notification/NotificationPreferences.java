package th.moralorg.notification;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How each user wants to hear of new tasks: at once (the default) or in one mail a day. */
@Repository
public class NotificationPreferences {

    /** How a user gets task mail. */
    public enum TaskMail { IMMEDIATE, DAILY_DIGEST }

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public TaskMail taskMailOf(String userId) {
        return jdbc.sql("select task_mail from mo.notification_preference where user_id = ?").param(userId)
                .query(String.class).optional().map(TaskMail::valueOf).orElse(TaskMail.IMMEDIATE);
    }

    public void setTaskMail(String userId, TaskMail taskMail) {
        jdbc.sql("""
                insert into mo.notification_preference (user_id, task_mail, updated_at) values (?, ?, ?)
                on conflict (user_id) do update set task_mail = excluded.task_mail, updated_at = excluded.updated_at""")
                .params(userId, taskMail.name(), clock.instant().atOffset(ZoneOffset.UTC)).update();
    }
}
