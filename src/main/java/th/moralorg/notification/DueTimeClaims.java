package th.moralorg.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that every node checks for, done once per due time across every node on the
 * database: the period of {@code every} that holds now (counted from the epoch, so the same on
 * every node) is claimed by inserting a row of {@code mo.scheduled_run} (V55); the node whose insert
 * wins does the work, the others skip it. A node that dies after claiming loses that period's run
 * only; the work must be safe to do late (the next period catches up).
 */
@Component
class DueTimeClaims {

    private static final Duration KEPT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    DueTimeClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this call claimed {@code job}'s current period (no node had before). */
    boolean claim(String job, Duration every) {
        Instant now = clock.instant();
        long period = every.toMillis();
        Instant due = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), period) * period);
        boolean claimed = jdbc.sql("insert into mo.scheduled_run (job, due_at, claimed_at) values (?, ?, ?)"
                + " on conflict do nothing").params(job, due.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .update() == 1;
        if (claimed) {
            jdbc.sql("delete from mo.scheduled_run where job = ? and due_at < ?")
                    .params(job, due.minus(KEPT).atOffset(ZoneOffset.UTC)).update();
        }
        return claimed;
    }
}
