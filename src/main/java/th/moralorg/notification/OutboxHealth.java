package th.moralorg.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.operations.Snapshot;

/**
 * The outbox at a glance (docs/operations.md, "Health and metrics"): how much mail waits, how old
 * the oldest is, how much gave up ({@link NotificationMetrics} shows the same figures). Health "outbox" is DOWN while any mail is FAILED (a person must
 * re-send it) or the oldest waiting mail is older than {@code moralorg.operations.outbox-stale-after}
 * (mail is not leaving); it is in neither probe group, so it never takes a node out of the load
 * balancer. Both partial indexes of V20 answer the read, at most once per
 * {@code moralorg.operations.metrics-max-age}.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    /** The outbox now: mails waiting, mails FAILED, the oldest waiting mail's creation. */
    record Figures(long pending, long failed, OffsetDateTime oldestPending) {
    }

    private final Snapshot<Figures> figures;
    private final Clock clock;
    private final Duration staleAfter;

    OutboxHealth(JdbcClient jdbc, Clock clock, @Value("${moralorg.operations.metrics-max-age}") Duration maxAge,
            @Value("${moralorg.operations.outbox-stale-after}") Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.figures = Snapshot.of(maxAge, () -> jdbc.sql("""
                select (select count(*) from mo.notification where status = 'PENDING') as pending,
                       (select count(*) from mo.notification where status = 'FAILED') as failed,
                       (select min(created_at) from mo.notification where status = 'PENDING') as oldest_pending""")
                .query(Figures.class).single());
    }

    @Override
    public Health health() {
        Figures now = figures.get();
        double age = oldestPendingSeconds(now);
        Health.Builder health = now.failed() > 0 || age > staleAfter.toSeconds() ? Health.down() : Health.up();
        return health.withDetail("pending", now.pending()).withDetail("failed", now.failed())
                .withDetail("oldestPendingSeconds", (long) age).build();
    }

    Figures figures() {
        return figures.get();
    }

    /** Seconds since the oldest waiting mail was queued, 0 when none waits. */
    double oldestPendingSeconds(Figures now) {
        return now.oldestPending() == null ? 0
                : Math.max(0, Duration.between(now.oldestPending().toInstant(), clock.instant()).toSeconds());
    }
}
