package th.moralorg.operations;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;

/**
 * The engine's figures for Prometheus: the job executor's acquired, executed and failed jobs (the
 * engine's own metrics, {@link ManagementService#createMetricsQuery()}: what every node logged to
 * the database plus what this node has not logged yet, so the same figure on every node) and the
 * open incidents. Read at most once per {@code moralorg.operations.metrics-max-age} (30 s).
 */
@Component
class EngineMetrics implements MeterBinder {

    /** Our metric name for each engine metric the job executor keeps. */
    private static final Map<String, String> JOB_METRICS = Map.of(
            "camunda.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS,
            "camunda.jobs.executed", Metrics.JOB_SUCCESSFUL,
            "camunda.jobs.failed", Metrics.JOB_FAILED);

    private final Snapshot<Map<String, Long>> figures;

    EngineMetrics(ManagementService management, RuntimeService runtime, AsSystem asSystem,
            @Value("${moralorg.operations.metrics-max-age}") Duration maxAge) {
        this.figures = Snapshot.of(maxAge, () -> asSystem.call(() -> {
            Map<String, Long> read = new LinkedHashMap<>();
            JOB_METRICS.forEach((ours, engine) -> read.put(ours, management.createMetricsQuery().name(engine).sum()));
            read.put("camunda.incidents.open", runtime.createIncidentQuery().count());
            return read;
        }));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        JOB_METRICS.keySet().forEach(name -> FunctionCounter.builder(name, figures, f -> f.get().get(name))
                .description("jobs of the job executor, every node, since the metrics log began")
                .register(registry));
        Gauge.builder("camunda.incidents.open", figures, f -> f.get().get("camunda.incidents.open"))
                .description("incidents not yet resolved (a job out of retries, a failed external task)")
                .register(registry);
    }
}
