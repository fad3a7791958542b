package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestMail;

/**
 * Not a test: prints how fast the outbox delivers 10,000 notifications to GreenMail on this
 * machine (docs/benchmarks.md). Excluded from {@code mvn test}; run it with
 * {@code mvn test -Dtest=OutboxBenchmark -Dtest.excludedGroups=none}, optionally with
 * {@code -Dbenchmark.mails=…} and {@code -Dbenchmark.rate=…} (per second; default a burst).
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = {"moralorg.notification.sender-interval=2s", "moralorg.notification.sender-threads=2"})
class OutboxBenchmark {

    private static final int MAILS = Integer.getInteger("benchmark.mails", 10_000);
    /** Notifications committed per second by all producers together; 0: as fast as they can (a burst). */
    private static final int RATE = Integer.getInteger("benchmark.rate", 0);
    private static final int PRODUCERS = 2;

    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tenThousandNotificationsThroughTheOutbox() throws Exception {
        String businessKey = "BENCH-" + System.nanoTime();
        ExecutorService producers = Executors.newFixedThreadPool(PRODUCERS);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int producer = p;
            done.add(producers.submit(() -> {
                for (int i = producer; i < MAILS; i += PRODUCERS) {
                    int n = i;
                    if (RATE > 0) {
                        LockSupport.parkNanos(start + (long) (n * 1e9 / RATE) - System.nanoTime());
                    }
                    // one transaction per notification, as one process step each
                    transactions.executeWithoutResult(s -> notifications.enqueue(NotificationKind.SUBMISSION_RECEIVED,
                            List.of("bench" + (n % 100) + "@example.org"), businessKey,
                            "submission-received:" + businessKey + ":" + n,
                            Map.of("organisationName", "องค์กรทดสอบ " + n, "formName", "แบบ อ.02")));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long enqueued = System.nanoTime();
        producers.shutdown();
        Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.sql("select count(*) from mo.notification where business_key = ? and status = 'SENT'")
                        .param(businessKey).query(Long.class).single() == MAILS);
        long finished = System.nanoTime();

        List<Long> delays = jdbc.sql("select (extract(epoch from sent_at - created_at) * 1000)::bigint"
                + " from mo.notification where business_key = ? order by 1").param(businessKey).query(Long.class).list();
        double seconds = jdbc.sql("select extract(epoch from max(sent_at) - min(created_at))::float8"
                + " from mo.notification where business_key = ?").param(businessKey).query(Double.class).single();
        long caught = java.util.stream.IntStream.range(0, 100)
                .mapToLong(i -> TestMail.to("bench" + i + "@example.org").stream()
                        .filter(m -> Mails.subject(m).contains(businessKey)).count()).sum();

        System.out.printf("%nOUTBOX BENCHMARK: %d notifications, %d producer threads, 2 sender threads, %s%n", MAILS,
                PRODUCERS, RATE > 0 ? "paced at " + RATE + " per second" : "burst");
        System.out.printf("  enqueue (render + insert + commit): %.1f s, %.0f per second%n",
                (enqueued - start) / 1e9, MAILS / ((enqueued - start) / 1e9));
        System.out.printf("  delivery: first commit to last delivery %.1f s, %.0f sends per second%n", seconds,
                MAILS / seconds);
        System.out.printf("  commit to delivery: p50 %d ms, p95 %d ms, max %d ms%n", pct(delays, 50), pct(delays, 95),
                delays.get(delays.size() - 1));
        System.out.printf("  wall clock %.1f s; GreenMail caught %d (duplicates: %d)%n%n", (finished - start) / 1e9,
                caught, caught - MAILS);
        assertThat(caught).isEqualTo(MAILS);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
