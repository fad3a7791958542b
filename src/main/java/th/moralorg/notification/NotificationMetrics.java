package th.moralorg.notification;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The outbox and the SLA scan for Prometheus. The counters (sent, failed, reminders, escalations)
 * count what this node did since it started, as Prometheus counters do: sum them over the nodes.
 * The gauges (backlog, FAILED rows waiting, the oldest waiting mail) read the shared table
 * ({@link OutboxHealth}), so every node shows the same figure: take one, not the sum.
 */
@Component
class NotificationMetrics implements MeterBinder {

    private final OutboxSender sender;
    private final SlaScanner sla;
    private final OutboxHealth outbox;

    NotificationMetrics(OutboxSender sender, SlaScanner sla, OutboxHealth outbox) {
        this.sender = sender;
        this.sla = sla;
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("moralorg.outbox.sent", sender, OutboxSender::sentSinceStart)
                .description("mails this node sent").register(registry);
        FunctionCounter.builder("moralorg.outbox.failed", sender, OutboxSender::failedSinceStart)
                .description("mails this node gave up on after the last attempt").register(registry);
        FunctionCounter.builder("moralorg.sla.notices", sla, s -> s.raisedSinceStart(SlaScanner.Stage.REMINDER))
                .tag("stage", "reminder").description("SLA reminders this node queued").register(registry);
        FunctionCounter.builder("moralorg.sla.notices", sla, s -> s.raisedSinceStart(SlaScanner.Stage.ESCALATION))
                .tag("stage", "escalation").description("SLA escalations this node queued").register(registry);
        Gauge.builder("moralorg.outbox.backlog", outbox, o -> o.figures().pending())
                .description("mails waiting to be sent").register(registry);
        Gauge.builder("moralorg.outbox.failed.waiting", outbox, o -> o.figures().failed())
                .description("FAILED mails waiting for an administrator to re-send them").register(registry);
        Gauge.builder("moralorg.outbox.oldest.pending", outbox, o -> o.oldestPendingSeconds(o.figures()))
                .description("age of the oldest mail waiting to be sent, 0 when none").baseUnit("seconds")
                .register(registry);
    }
}
