package th.moralorg.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.Decision;
import th.moralorg.reference.Level;
import th.moralorg.reference.WaitingOn;

/**
 * One figure of the dashboard: the cases it counts, said twice in one place, as the SQL filter of
 * the aggregate query and as the parameters of the case list /cases that lists the same cases, so
 * a figure and the list behind its link cannot drift apart (DashboardTests checks each).
 */
enum Measure {
    REGISTERED("ลงทะเบียน (ส่งแบบ อ.01)", "true", Map.of()),
    ACCEPTED("รับเรื่องแล้ว", "c.status in (" + literals(Statuses.ACCEPTED) + ")",
            Map.of("status", names(Statuses.ACCEPTED))),
    LEVEL_1(Level.ONE), LEVEL_2(Level.TWO), LEVEL_3(Level.THREE),
    /** The province's subcommittee named it an outstanding model (seed 5.2.2(3)), and its certification stands. */
    OUTSTANDING_MODEL("ต้นแบบโดดเด่น", "(c.outstanding_model and c.status in (" + literals(Statuses.CERTIFIED) + "))",
            Map.of("outstandingModel", List.of("true"), "status", names(Statuses.CERTIFIED))),
    OPEN("ยังไม่ปิด", Sql.OPEN, Map.of("waitingDaysFrom", List.of("0"))),
    WAITING_ORGANISATION(WaitingOn.ORGANISATION),
    WAITING_OFFICE(WaitingOn.OFFICE),
    OVERDUE("เกินกำหนด", "c.due_at < :now", Map.of("overdue", List.of("true"))),
    AGE_UNDER_7("ไม่ถึง 7 วัน", 0, 7),
    AGE_7_TO_30("7–29 วัน", 7, 30),
    AGE_30_TO_90("30–89 วัน", 30, 90),
    AGE_90_OR_MORE("90 วันขึ้นไป", 90, null);

    /** The statuses behind "accepted" and "certified" (docs/processes.md, statuses). */
    static final class Statuses {
        /** Every status a case reaches once its intent is accepted (withdrawn ones left out: they may not have been). */
        static final List<CaseStatus> ACCEPTED = List.of(CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS,
                CaseStatus.SUBMITTED, CaseStatus.REVISION_REQUESTED, CaseStatus.AWAITING_PROVINCIAL_REVIEW,
                CaseStatus.PROVINCIALLY_CERTIFIED, CaseStatus.NOT_CERTIFIED, CaseStatus.NATIONALLY_ENDORSED,
                CaseStatus.NATIONALLY_NOT_ENDORSED);
        /** Certified at a level that stands: by the province, and not refused nationally. */
        static final List<CaseStatus> CERTIFIED = List.of(CaseStatus.PROVINCIALLY_CERTIFIED,
                CaseStatus.NATIONALLY_ENDORSED);

        private Statuses() {
        }
    }

    private static final class Sql {
        /** Still open: the ageing filter of /cases (CaseList) says the same. */
        static final String OPEN = "(c.waiting_on is distinct from 'NOBODY' and c.stage_since is not null)";
    }

    /** The figures of the table per province, and the map's choices. */
    static final List<Measure> PER_PROVINCE = List.of(REGISTERED, ACCEPTED, LEVEL_1, LEVEL_2, LEVEL_3,
            OUTSTANDING_MODEL, OPEN,
            WAITING_ORGANISATION, WAITING_OFFICE, OVERDUE);
    /** Time in the current stage, of open cases. */
    static final List<Measure> AGEING = List.of(AGE_UNDER_7, AGE_7_TO_30, AGE_30_TO_90, AGE_90_OR_MORE);

    private final String label;
    private final String sql;
    private final Map<String, List<String>> caseListFilter;
    private final Integer fromDays;
    private final Integer toDays;

    Measure(String label, String sql, Map<String, List<String>> caseListFilter) {
        this.label = label;
        this.sql = sql;
        this.caseListFilter = caseListFilter;
        this.fromDays = null;
        this.toDays = null;
    }

    Measure(Level level) {
        this.label = Decision.CERTIFIED.thai() + level.thai();
        this.sql = "(c.certified_level = " + level.number() + " and c.status in (" + literals(Statuses.CERTIFIED) + "))";
        this.caseListFilter = Map.of("certifiedLevel", List.of(level.code()), "status", names(Statuses.CERTIFIED));
        this.fromDays = null;
        this.toDays = null;
    }

    Measure(WaitingOn waitingOn) {
        this.label = waitingOn.thai();
        this.sql = "c.waiting_on = '" + waitingOn.name() + "'";
        this.caseListFilter = Map.of("waitingOn", List.of(waitingOn.name()));
        this.fromDays = null;
        this.toDays = null;
    }

    /** Open cases in their current stage for [fromDays, toDays) days; {@code toDays} null: no upper end. */
    Measure(String label, int fromDays, Integer toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
        this.sql = Sql.OPEN + " and c.stage_since <= :from_" + name().toLowerCase()
                + (toDays == null ? "" : " and c.stage_since > :to_" + name().toLowerCase());
        Map<String, List<String>> filter = new LinkedHashMap<>();
        filter.put("waitingDaysFrom", List.of(Integer.toString(fromDays)));
        if (toDays != null) {
            filter.put("waitingDaysTo", List.of(Integer.toString(toDays)));
        }
        this.caseListFilter = Map.copyOf(filter);
    }

    String label() {
        return label;
    }

    /** The code a request names it by (the map's choice). */
    String code() {
        return name();
    }

    /** The SQL condition on {@code mo.organisation_case c}; its parameters come from {@link #bind}. */
    String sql() {
        return sql;
    }

    /** The parameters of /cases that list the cases this figure counts (besides year and province). */
    Map<String, List<String>> caseListFilter() {
        return caseListFilter;
    }

    /** The parameters every measure's SQL may name, as of {@code now} (the same arithmetic as CaseList). */
    static void bind(MapSqlParameterSource params, Instant now) {
        params.addValue("now", Timestamp.from(now));
        for (Measure m : values()) {
            if (m.fromDays != null) {
                params.addValue("from_" + m.name().toLowerCase(), Timestamp.from(now.minus(Duration.ofDays(m.fromDays))));
            }
            if (m.toDays != null) {
                params.addValue("to_" + m.name().toLowerCase(), Timestamp.from(now.minus(Duration.ofDays(m.toDays))));
            }
        }
    }

    static java.util.Optional<Measure> find(String code) {
        return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
    }

    private static String literals(List<CaseStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    private static List<String> names(List<CaseStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
