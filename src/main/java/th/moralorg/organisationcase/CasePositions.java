package th.moralorg.organisationcase;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.WaitingOn;

/**
 * Where each case stands, the columns of V52 on mo.organisation_case: written by
 * {@link CasePositionTracker} (and once for older cases by {@link CasePositionBackfill}), read
 * here for one case (the case page) and by {@link CaseList} for many.
 */
@Repository
public class CasePositions {

    private final JdbcClient jdbc;
    private final CaseStages stages;
    private final Clock clock;

    CasePositions(JdbcClient jdbc, CaseStages stages, Clock clock) {
        this.jdbc = jdbc;
        this.stages = stages;
        this.clock = clock;
    }

    /** Where the case stands; empty for an unknown case or one whose position is not known yet. */
    public Optional<CasePosition> of(String caseNumber) {
        return where("case_number = ?", caseNumber);
    }

    /**
     * Where the case stands, for whoever also gives its coordinator's address (the public status
     * lookup): one query whatever is wrong, so an unknown case and a wrong address look alike.
     */
    Optional<CasePosition> ofCoordinator(String caseNumber, String email) {
        return where("case_number = ? and lower(coordinator_email) = lower(?)", caseNumber, email);
    }

    private Optional<CasePosition> where(String condition, String... values) {
        Instant now = clock.instant();
        return jdbc.sql("select case_number, stage, waiting_on, stage_since, due_at from mo.organisation_case where "
                + condition + " and stage is not null").params((Object[]) values).query((rs, n) -> {
                    Instant due = instant(rs.getTimestamp("due_at"));
                    String stage = rs.getString("stage");
                    return new CasePosition(rs.getString("case_number"), stage, stages.nameOf(stage),
                            ThaiNames.find(WaitingOn.class, rs.getString("waiting_on")).orElse(null),
                            instant(rs.getTimestamp("stage_since")), due, due != null && due.isBefore(now));
                }).optional();
    }

    /** The stage the case of the instance stands at, as stored. */
    Optional<String> stageOf(String processInstanceId) {
        return jdbc.sql("select stage from mo.organisation_case where process_instance_id = ? and stage is not null")
                .param(processInstanceId).query(String.class).optional();
    }

    /** The case of the instance now stands at {@code stage}; false when no case has the instance (yet). */
    boolean move(String processInstanceId, String stage, WaitingOn on, Instant since, Instant due) {
        return jdbc.sql("""
                update mo.organisation_case set stage = ?, waiting_on = ?, stage_since = ?, due_at = ?
                 where process_instance_id = ?""")
                .params(stage, on == null ? null : on.name(), timestamp(since), timestamp(due), processInstanceId)
                .update() == 1;
    }

    /** A new due date for the stage the case stands at (nothing when it has moved on). */
    void moveDue(String processInstanceId, String stage, Instant due) {
        jdbc.sql("update mo.organisation_case set due_at = ? where process_instance_id = ? and stage = ?")
                .params(timestamp(due), processInstanceId, stage).update();
    }

    /** A case's position found once for a case that had none (CasePositionBackfill); false when it had one. */
    boolean fill(String caseNumber, String stage, WaitingOn on, Instant since, Instant due) {
        return jdbc.sql("""
                update mo.organisation_case set stage = ?, waiting_on = ?, stage_since = ?, due_at = ?
                 where case_number = ? and stage is null""")
                .params(stage, on == null ? null : on.name(), timestamp(since), timestamp(due), caseNumber)
                .update() == 1;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
