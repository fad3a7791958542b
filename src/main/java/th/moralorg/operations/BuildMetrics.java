package th.moralorg.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * {@code moralorg_build_info{version=...,built=...} 1}: which jar each node runs, so a rolling
 * upgrade shows in Prometheus. From META-INF/build-info.properties (spring-boot-maven-plugin's
 * build-info goal); a run without it (an IDE that skipped the goal) has no such series.
 */
@Component
class BuildMetrics implements MeterBinder {

    private final ObjectProvider<BuildProperties> build;

    BuildMetrics(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        build.ifAvailable(b -> Gauge.builder("moralorg.build.info", () -> 1)
                .description("the application's version and build time")
                .tag("version", b.getVersion()).tag("built", String.valueOf(b.getTime()))
                .register(registry));
    }
}
