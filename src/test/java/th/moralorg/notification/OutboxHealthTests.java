package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.support.IntegrationTest;

/**
 * Health "outbox" on the real table. Each case writes its row in a transaction it rolls back, so
 * neither the sender nor another test ever sees it; a fresh indicator with no caching reads it
 * on the same connection.
 */
@IntegrationTest
class OutboxHealthTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void downWhileAMailHasFailed() {
        transactions.executeWithoutResult(tx -> {
            insert("FAILED", Duration.ZERO);
            Health health = indicator().health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((Long) health.getDetails().get("failed")).isPositive();
            tx.setRollbackOnly();
        });
    }

    @Test
    void downWhileTheOldestWaitingMailIsOlderThanTheLimit() {
        transactions.executeWithoutResult(tx -> {
            insert("PENDING", Duration.ofHours(2));
            Health health = indicator().health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((Long) health.getDetails().get("oldestPendingSeconds")).isGreaterThanOrEqualTo(7200);
            assertThat((Long) health.getDetails().get("pending")).isPositive();
            tx.setRollbackOnly();
        });
    }

    private OutboxHealth indicator() {
        return new OutboxHealth(jdbc, clock, Duration.ZERO, Duration.ofHours(1));
    }

    private void insert(String status, Duration age) {
        var created = clock.instant().minus(age).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into mo.notification (idempotency_key, recipient, kind, subject, body_text, body_html, status,
                    next_attempt_at, created_at)
                values (?, 'health@example.org', 'health-probe', 'health', 'health', 'health', ?, ?, ?)""")
                .params("health:" + UUID.randomUUID(), status, clock.instant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC),
                        created)
                .update();
    }
}
