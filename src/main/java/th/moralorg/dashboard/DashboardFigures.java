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
 * {@code mo.organisation_case} (the position columns of V52 included): grouping sets give the
 * totals, per province, per stage and per whom a case waits on in one pass over the two years'
 * rows. Nothing asks the engine.
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
        // grouping(): a bit per column left out of the group (province, stage, waiting_on)
        String sql = "select c.fiscal_year, c.province_code, c.stage, c.waiting_on,\n"
                + "       grouping(c.province_code, c.stage, c.waiting_on) as grouped,\n       " + counts + "\n"
                + "  from mo.organisation_case c\n where c.fiscal_year in (:years)" + scope + "\n"
                + " group by grouping sets ((c.fiscal_year), (c.fiscal_year, c.province_code),"
                + " (c.fiscal_year, c.stage), (c.fiscal_year, c.waiting_on))";
        Map<Integer, Builder> years = Map.of(fiscalYear, new Builder(), fiscalYear - 1, new Builder());
        jdbc.query(sql, params, rs -> {
            Map<Measure, Long> values = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                values.put(m, rs.getLong(m.name().toLowerCase()));
            }
            Counts row = new Counts(values);
            Builder year = years.get(rs.getInt("fiscal_year"));
            switch (rs.getInt("grouped")) {
                case 0b111 -> year.total = row;
                case 0b011 -> year.provinces.put(rs.getString("province_code"), row);
                case 0b101 -> put(year.stages, rs.getString("stage"), row);
                case 0b110 -> put(year.waitingOn, rs.getString("waiting_on"), row);
                default -> throw new IllegalStateException("unexpected grouping " + rs.getInt("grouped"));
            }
        });
        return new Figures(years.get(fiscalYear).build(fiscalYear), years.get(fiscalYear - 1).build(fiscalYear - 1), now);
    }

    /** A case without a position yet (before its first wait state) has no stage: left out of those groups. */
    private static void put(Map<String, Counts> groups, String key, Counts row) {
        if (key != null) {
            groups.put(key, row);
        }
    }

    private static final class Builder {
        Counts total = Counts.NONE;
        final Map<String, Counts> provinces = new HashMap<>();
        final Map<String, Counts> stages = new HashMap<>();
        final Map<String, Counts> waitingOn = new HashMap<>();

        Year build(int fiscalYear) {
            return new Year(fiscalYear, total, Map.copyOf(provinces), Map.copyOf(stages), Map.copyOf(waitingOn));
        }
    }
}
