package th.moralorg.organisationcase;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.Level;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.WaitingOn;

/**
 * The case list's one query builder (/cases, /api/cases and their exports): the same filters,
 * province scope and order for a page, its counts per status and the export stream. Reads only
 * our tables (the position columns of V52), so cases without an open task are listed like any
 * other, and nothing asks the engine.
 */
@Repository
class CaseList {

    /** Rows an export may hold; a larger list is refused with the advice to narrow it. */
    static final int EXPORT_CAP = 50_000;

    /** One case as the list shows it; names beside codes, as every /api answer has them. */
    record Row(String caseNumber, String organisationName, String provinceCode, String provinceName, int fiscalYear,
            String status, String statusName, Integer proposedLevel, String proposedLevelName, Integer certifiedLevel,
            String certifiedLevelName, String stage, String stageName, String waitingOn, String waitingOnName,
            Instant stageSince, Instant dueAt, boolean overdue, String href) {
    }

    /** A page of the list, the number of cases found in all, and per status for the same filters but status. */
    record Page(List<Row> items, int page, int size, long total, long pages, Map<String, Long> countsByStatus,
            String sort) {
    }

    private record Where(String sql, MapSqlParameterSource params, boolean byName) {
    }

    private static final String FROM = """
            from mo.organisation_case c
            join mo.organisation o on o.id = c.organisation_id
            join mo.province p on p.code = c.province_code
            """;
    private static final String COLUMNS = """
            select c.case_number, o.name as organisation_name, c.province_code, p.name_th as province_name,
                   c.fiscal_year, c.status, c.proposed_level, c.certified_level, c.stage, c.waiting_on,
                   c.stage_since, c.due_at
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CaseStages stages;
    private final Clock clock;

    CaseList(DataSource dataSource, TransactionTemplate transactions, CaseStages stages, Clock clock) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL sends a result in parts of this size only inside a transaction: see export()
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.stages = stages;
        this.clock = clock;
    }

    Page page(CaseSearch search) {
        Instant now = clock.instant();
        Map<String, String> names = stages.names();
        Where where = where(search, now, true);
        MapSqlParameterSource params = where.params().addValue("limit", search.size()).addValue("offset", search.offset());
        List<Row> items = jdbc.query(COLUMNS + FROM + where.sql() + " order by " + search.sort().orderBy
                + " limit :limit offset :offset", params, (rs, n) -> row(rs, now, names));
        Map<String, Long> counts = countsByStatus(search, now);
        long total = search.statuses().isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
                : search.statuses().stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
        long pages = Math.max(1, (total + search.size() - 1) / search.size());
        return new Page(items, search.page(), search.size(), total, pages, counts, search.sort().code());
    }

    /** How many cases the search finds (what an export would hold). */
    long count(CaseSearch search) {
        Where where = where(search, clock.instant(), true);
        return jdbc.queryForObject("select count(*) " + (where.byName() ? FROM : "from mo.organisation_case c ")
                + where.sql(), where.params(), Long.class);
    }

    /** Every case the search finds, in its order, one row at a time: never the whole list in memory. */
    void export(CaseSearch search, Consumer<Row> each) {
        Instant now = clock.instant();
        Map<String, String> names = stages.names();
        Where where = where(search, now, true);
        readOnly.executeWithoutResult(status -> jdbc.query(COLUMNS + FROM + where.sql() + " order by "
                + search.sort().orderBy + " limit " + EXPORT_CAP, where.params(), rs -> {
                    each.accept(row(rs, now, names));
                }));
    }

    /** One grouped query; every status appears, in the order of CaseStatus. */
    private Map<String, Long> countsByStatus(CaseSearch search, Instant now) {
        Where where = where(search, now, false);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status.name(), 0L);
        }
        jdbc.query("select c.status, count(*) as n " + (where.byName() ? FROM : "from mo.organisation_case c ")
                + where.sql() + " group by c.status", where.params(),
                rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    private static Where where(CaseSearch s, Instant now, boolean withStatus) {
        StringBuilder sql = new StringBuilder(" where true");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (!s.allProvinces()) {
            sql.append(" and c.province_code in (:provinces)");
            params.addValue("provinces", s.provinces());
        }
        if (s.name() != null) {
            // ILIKE '%…%' is what the trigram index of V52 serves; the person's % and _ are letters
            sql.append(" and o.name ilike :name");
            params.addValue("name", "%" + s.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (s.caseNumber() != null) {
            if (s.fullCaseNumber()) {
                sql.append(" and c.case_number = :caseNumber");
                params.addValue("caseNumber", s.caseNumber());
            } else {
                sql.append(" and c.case_number like :caseNumber");
                params.addValue("caseNumber", s.caseNumber() + "%");
            }
        }
        if (withStatus && !s.statuses().isEmpty()) {
            sql.append(" and c.status in (:statuses)");
            params.addValue("statuses", s.statuses());
        }
        if (s.stage() != null) {
            sql.append(" and c.stage = :stage");
            params.addValue("stage", s.stage());
        }
        if (s.proposedLevel() != null) {
            sql.append(" and c.proposed_level = :proposedLevel");
            params.addValue("proposedLevel", s.proposedLevel());
        }
        if (s.certifiedLevel() != null) {
            sql.append(" and c.certified_level = :certifiedLevel");
            params.addValue("certifiedLevel", s.certifiedLevel());
        }
        if (s.fiscalYear() != null) {
            sql.append(" and c.fiscal_year = :fiscalYear");
            params.addValue("fiscalYear", s.fiscalYear());
        }
        if (s.waitingOn() != null) {
            sql.append(" and c.waiting_on = :waitingOn");
            params.addValue("waitingOn", s.waitingOn().name());
        }
        if (s.outstandingModel()) {
            sql.append(" and c.outstanding_model");
        }
        if (s.overdue()) {
            sql.append(" and c.due_at < :now");
            params.addValue("now", java.sql.Timestamp.from(now));
        }
        if (s.waitingDaysFrom() != null || s.waitingDaysTo() != null) {
            // the ageing of the dashboard: open cases (a closed case's stage_since is when it closed)
            // that have stood in their current stage for [from, to) days
            sql.append(" and c.waiting_on is distinct from 'NOBODY' and c.stage_since is not null");
            if (s.waitingDaysFrom() != null) {
                sql.append(" and c.stage_since <= :waitedSince");
                params.addValue("waitedSince", java.sql.Timestamp.from(now.minus(Duration.ofDays(s.waitingDaysFrom()))));
            }
            if (s.waitingDaysTo() != null) {
                sql.append(" and c.stage_since > :waitedAfter");
                params.addValue("waitedAfter", java.sql.Timestamp.from(now.minus(Duration.ofDays(s.waitingDaysTo()))));
            }
        }
        return new Where(sql.toString(), params, s.name() != null);
    }

    private static Row row(ResultSet rs, Instant now, Map<String, String> stageNames) throws SQLException {
        String status = rs.getString("status");
        Integer proposed = (Integer) rs.getObject("proposed_level");
        Integer certified = (Integer) rs.getObject("certified_level");
        String stage = rs.getString("stage");
        String waitingOn = rs.getString("waiting_on");
        Instant due = CasePositions.instant(rs.getTimestamp("due_at"));
        String caseNumber = rs.getString("case_number");
        return new Row(caseNumber, rs.getString("organisation_name"), rs.getString("province_code"),
                rs.getString("province_name"), rs.getInt("fiscal_year"), status, ThaiNames.of(CaseStatus.class, status),
                proposed, ThaiNames.of(Level.class, proposed), certified, ThaiNames.of(Level.class, certified), stage,
                stage == null ? null : stageNames.getOrDefault(stage, stage), waitingOn, ThaiNames.of(WaitingOn.class, waitingOn),
                CasePositions.instant(rs.getTimestamp("stage_since")), due, due != null && due.isBefore(now),
                "/cases/" + caseNumber);
    }
}
