package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.operations.Snapshot;

/**
 * Open and overdue work per province for Prometheus ({@code moralorg_cases_waiting},
 * {@code moralorg_cases_overdue}, tag {@code province}: the province's code, nothing personal):
 * the organisation cases waiting on a person (the organisation, the office, the subcommittee or
 * DRA) and those among them past their due date. One grouped read of where each case stands
 * (V52's columns, kept by {@link CasePositionTracker}), which the index on (province, waiting on,
 * due) serves, at most once per {@code moralorg.operations.metrics-max-age}; asking the
 * engine instead would take two counts per province (154 queries) over every task.
 */
@Component
class WaitingCaseMetrics implements MeterBinder {

    private record Waiting(long open, long overdue) {
    }

    private static final Waiting NONE = new Waiting(0, 0);

    private final JdbcClient jdbc;
    private final Snapshot<Map<String, Waiting>> byProvince;

    WaitingCaseMetrics(JdbcClient jdbc, Clock clock, @Value("${moralorg.operations.metrics-max-age}") Duration maxAge) {
        this.jdbc = jdbc;
        this.byProvince = Snapshot.of(maxAge, () -> {
            Map<String, Waiting> read = new HashMap<>();
            jdbc.sql("""
                    select province_code, count(*) as open, count(*) filter (where due_at < :now) as overdue
                      from mo.organisation_case
                     where waiting_on in ('ORGANISATION', 'OFFICE', 'SUBCOMMITTEE', 'NATIONAL')
                     group by province_code""")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .query((rs, i) -> read.put(rs.getString("province_code"),
                            new Waiting(rs.getLong("open"), rs.getLong("overdue"))))
                    .list();
            return read;
        });
    }

    /** A series for every province, zero included, so that a province's work going to zero shows as zero. */
    @Override
    public void bindTo(MeterRegistry registry) {
        List<String> provinces = jdbc.sql("select code from mo.province order by code").query(String.class).list();
        for (String province : provinces) {
            Gauge.builder("moralorg.cases.waiting", byProvince, p -> p.get().getOrDefault(province, NONE).open())
                    .description("organisation cases waiting on a person").tag("province", province)
                    .register(registry);
            Gauge.builder("moralorg.cases.overdue", byProvince, p -> p.get().getOrDefault(province, NONE).overdue())
                    .description("organisation cases waiting on a person past their due date").tag("province", province)
                    .register(registry);
        }
    }
}
