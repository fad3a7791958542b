package th.moralorg.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's figures for a fiscal year and the one before, from one aggregate query on
 * {@code mo.organisation_case} (the position columns of V52 included), grouped by year, province,
 * stage and whom a case waits on in one pass over the two years' rows, and summed up here into the
 * totals, per province, per stage and per whom. Nothing asks the engine.
 */
@Repository
class DashboardFigures {

    /** Counts of one group, per measure. */
    record Counts(Map<Measure, Long> values) {
        long of(Measure measure) {
            return values.getOrDefault(measure, 0L);
        }

        static final Counts NONE = new Counts(Map.of());
    }

    /** One year's (or the year before's) counts: in all, per province code, per stage id, per WaitingOn code. */
    record Year(int fiscalYear, Counts total, Map<String, Counts> provinces, Map<String, Counts> stages,
            Map<String, Counts> waitingOn) {
    }

    record Figures(Year current, Year previous, Instant asOf) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures of {@code fiscalYear} and the year before, for {@code provinces} (null: every province). */
    Figures of(int fiscalYear, Set<String> provinces) {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("years", List.of(fiscalYear, fiscalYear - 1));
        Measure.bind(params, now);
        String scope = "";
        if (provinces != null) {
            scope = " and c.province_code in (:provinces)";
            params.addValue("provinces", provinces);
        }
        String counts = java.util.Arrays.stream(Measure.values())
                .map(m -> "count(*) filter (where " + m.sql() + ") as " + m.name().toLowerCase())
                .collect(Collectors.joining(",\n       "));
        // one group per (year, province, stage, whom): a few thousand rows at most, summed up here
        // into the totals, per province, per stage and per whom; one hash key in the database
        // rather than four grouping sets, each of which would evaluate every filter again
        String sql = "select c.fiscal_year, c.province_code, c.stage, c.waiting_on,\n       " + counts + "\n"
                + "  from mo.organisation_case c\n where c.fiscal_year in (:years)" + scope + "\n"
                + " group by c.fiscal_year, c.province_code, c.stage, c.waiting_on";
        Map<Integer, Builder> years = Map.of(fiscalYear, new Builder(), fiscalYear - 1, new Builder());
        jdbc.query(sql, params, rs -> {
            long[] values = new long[Measure.values().length];
            for (Measure m : Measure.values()) {
                values[m.ordinal()] = rs.getLong(m.name().toLowerCase());
            }
            Builder year = years.get(rs.getInt("fiscal_year"));
            year.total = Builder.sum(year.total, of(values));
            year.provinces.merge(rs.getString("province_code"), of(values), Builder::sum);
            // a case without a position yet (before its first wait state) has no stage nor whom
            if (rs.getString("stage") != null) {
                year.stages.merge(rs.getString("stage"), of(values), Builder::sum);
            }
            if (rs.getString("waiting_on") != null) {
                year.waitingOn.merge(rs.getString("waiting_on"), of(values), Builder::sum);
            }
        });
        return new Figures(years.get(fiscalYear).build(fiscalYear), years.get(fiscalYear - 1).build(fiscalYear - 1), now);
    }

    private static Counts of(long[] values) {
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            counts.put(m, values[m.ordinal()]);
        }
        return new Counts(counts);
    }

    private static final class Builder {
        Counts total = Counts.NONE;
        final Map<String, Counts> provinces = new HashMap<>();
        final Map<String, Counts> stages = new HashMap<>();
        final Map<String, Counts> waitingOn = new HashMap<>();

        static Counts sum(Counts a, Counts b) {
            Map<Measure, Long> counts = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                counts.put(m, a.of(m) + b.of(m));
            }
            return new Counts(counts);
        }

        Year build(int fiscalYear) {
            return new Year(fiscalYear, total, Map.copyOf(provinces), Map.copyOf(stages), Map.copyOf(waitingOn));
        }
    }
}
