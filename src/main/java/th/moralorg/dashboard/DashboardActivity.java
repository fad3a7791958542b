package th.moralorg.dashboard;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.Decision;
import th.moralorg.reference.DecisionStage;
import th.moralorg.reference.MailKind;

/**
 * What happened to the cases of a fiscal year, from our own tables, three grouped queries: the
 * reminders and escalations raised about them (mo.notification by kind, one notice per task
 * however many received it), how many were registered and decided at each step per month
 * (mo.organisation_case.created_at, mo.case_decision), and the days from registration to the
 * province's certification (median and mean), for the year and the one before.
 */
@Repository
class DashboardActivity {

    /** The mails the dashboard counts. */
    static final List<MailKind> NOTICES = List.of(MailKind.SLA_REMINDER, MailKind.ESCALATION);

    /** Registrations and decisions per step in one month ({@code decisions} by DecisionStage code). */
    record Month(YearMonth month, long registered, Map<String, Long> decisions) {
    }

    /** Cases certified by the province, and the days it took from registration. */
    record ToCertification(long cases, Double medianDays, Double meanDays) {
        static final ToCertification NONE = new ToCertification(0, null, null);
    }

    /** Notices per MailKind code and time to certification, per fiscal year; months of the year asked. */
    record Activity(Map<Integer, Map<String, Long>> notices, Map<Integer, ToCertification> toCertification,
            List<Month> months) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DashboardActivity(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Activity of(int fiscalYear, Set<String> provinces, ZoneId zone) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("years", List.of(fiscalYear, fiscalYear - 1))
                .addValue("year", fiscalYear).addValue("zone", zone.getId())
                .addValue("kinds", NOTICES.stream().map(MailKind::code).toList())
                .addValue("provincial", DecisionStage.PROVINCIAL.name()).addValue("certified", Decision.CERTIFIED.code());
        String scope = "";
        if (provinces != null) {
            scope = " and c.province_code in (:provinces)";
            params.addValue("provinces", provinces);
        }
        Map<Integer, Map<String, Long>> notices = new HashMap<>();
        jdbc.query("""
                select c.fiscal_year, n.kind, count(distinct n.idempotency_key) as notices
                  from mo.notification n join mo.organisation_case c on c.case_number = n.business_key
                 where n.kind in (:kinds) and c.fiscal_year in (:years)""" + scope
                + " group by c.fiscal_year, n.kind", params,
                rs -> {
                    notices.computeIfAbsent(rs.getInt("fiscal_year"), y -> new HashMap<>())
                            .put(rs.getString("kind"), rs.getLong("notices"));
                });

        Map<Integer, ToCertification> toCertification = new HashMap<>();
        jdbc.query("""
                select c.fiscal_year, count(*) as cases,
                       percentile_cont(0.5) within group (order by extract(epoch from d.decided_at - c.created_at)) / 86400
                           as median_days,
                       avg(extract(epoch from d.decided_at - c.created_at)) / 86400 as mean_days
                  from mo.organisation_case c
                  join (select case_number, min(decided_at) as decided_at from mo.case_decision
                         where stage = :provincial and outcome = :certified group by case_number) d
                    on d.case_number = c.case_number
                 where c.fiscal_year in (:years)""" + scope + " group by c.fiscal_year", params,
                rs -> {
                    toCertification.put(rs.getInt("fiscal_year"), new ToCertification(rs.getLong("cases"),
                            rs.getDouble("median_days"), rs.getDouble("mean_days")));
                });

        Map<YearMonth, long[]> months = new TreeMap<>();
        List<DecisionStage> steps = List.of(DecisionStage.values());
        jdbc.query("""
                select 'REGISTERED' as what, to_char(c.created_at at time zone :zone, 'YYYY-MM') as month, count(*) as n
                  from mo.organisation_case c
                 where c.fiscal_year = :year""" + scope + """
                 group by 2
                union all
                select d.stage, to_char(d.decided_at at time zone :zone, 'YYYY-MM'), count(distinct d.case_number)
                  from mo.case_decision d join mo.organisation_case c on c.case_number = d.case_number
                 where c.fiscal_year = :year""" + scope + " group by 1, 2", params,
                rs -> {
                    String what = rs.getString("what");
                    int column = "REGISTERED".equals(what) ? 0
                            : 1 + steps.stream().map(Enum::name).toList().indexOf(what);
                    if (column > 0 || "REGISTERED".equals(what)) {
                        months.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new long[steps.size() + 1])
                                [column] += rs.getLong("n");
                    }
                });
        List<Month> monthList = months.entrySet().stream().map(e -> {
            Map<String, Long> decisions = new java.util.LinkedHashMap<>();
            steps.forEach(s -> decisions.put(s.name(), e.getValue()[1 + steps.indexOf(s)]));
            return new Month(e.getKey(), e.getValue()[0], decisions);
        }).toList();
        return new Activity(notices, toCertification, monthList);
    }
}
