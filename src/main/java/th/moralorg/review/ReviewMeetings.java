package th.moralorg.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.AsSystem;
import th.moralorg.reference.Decision;
import th.moralorg.reference.Level;
import th.moralorg.reference.MeetingStatus;
import th.moralorg.reference.ThaiNames;

/** Provincial subcommittee meetings, their preliminary lists and resolutions (seed 5.2.2(2)-(3)). */
@Repository
public class ReviewMeetings {

    public static final String AWAITING = "AWAITING_PROVINCIAL_REVIEW";
    /** The resolutions a case receives as its ProvincialDecision (carried-over and withdrawn items stay here). */
    private static final String DELIVERED_RESOLUTIONS = "('CERTIFIED', 'REVISE', 'NOT_CERTIFIED')";

    public record Meeting(long id, String provinceCode, int fiscalYear, String status, LocalDate meetingDate,
            String place, String members, String processInstanceId, String openedBy, OffsetDateTime openedAt) {
        @JsonProperty
        public String statusName() {
            return ThaiNames.of(MeetingStatus.class, status);
        }
    }

    public record Item(long meetingId, String caseNumber, String organisationName, Integer proposedLevel,
            BigDecimal score, int documentsCount, String resolution, Integer certifiedLevel,
            boolean outstandingModel, String remarks, String delivery, String decidedBy, String heldBackReason) {
        @JsonProperty
        String proposedLevelName() {
            return ThaiNames.of(Level.class, proposedLevel);
        }

        @JsonProperty
        String resolutionName() {
            return ThaiNames.of(Decision.class, resolution);
        }

        @JsonProperty
        String certifiedLevelName() {
            return ThaiNames.of(Level.class, certifiedLevel);
        }
    }

    private final JdbcClient jdbc;

    ReviewMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String provinceCode, int fiscalYear, String openedBy) {
        return jdbc.sql("insert into mo.review_meeting (province_code, fiscal_year, opened_by) values (?, ?, ?) returning id")
                .params(provinceCode, fiscalYear, openedBy).query(Long.class).single();
    }

    /** Binds the meeting to its instance; false when another instance has it. */
    boolean attachProcess(long id, String processInstanceId) {
        return jdbc.sql("""
                update mo.review_meeting set process_instance_id = ?
                 where id = ? and (process_instance_id is null or process_instance_id = ?)""")
                .params(processInstanceId, id, processInstanceId).update() == 1;
    }

    /** The meeting an instance of provincial-review is about (bound while it starts, see {@link AsSystem#rowOf}). */
    Optional<Meeting> ofInstance(String processInstanceId) {
        return AsSystem.rowOf(ReviewMeetingService.PROCESS_KEY, processInstanceId,
                pid -> jdbc.sql("select * from mo.review_meeting where process_instance_id = ?").param(pid)
                        .query(Meeting.class).optional(),
                (id, pid) -> attachProcess(Long.parseLong(id), pid));
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("select * from mo.review_meeting where id = ?").param(id).query(Meeting.class).optional();
    }

    /** The meeting for a caller who may act for its province: 404 when there is none, 403 for another province. */
    Meeting of(ApiCaller caller, long id) {
        Meeting meeting = find(id).orElseThrow(() -> ApiProblem.notFound("ไม่พบการประชุมหมายเลข " + id));
        caller.requireProvince(meeting.provinceCode());
        return meeting;
    }

    public record Listed(long id, String provinceCode, int fiscalYear, String status, LocalDate meetingDate,
            String place, String openedBy, OffsetDateTime openedAt, int itemsCount, int decidedCount) {
        @JsonProperty
        public String statusName() {
            return ThaiNames.of(MeetingStatus.class, status);
        }
    }

    /** The meetings of a province in a fiscal year, first opened first, with their list's size and decisions so far. */
    public List<Listed> ofProvince(String provinceCode, int fiscalYear) {
        return jdbc.sql("""
                select m.id, m.province_code, m.fiscal_year, m.status, m.meeting_date, m.place, m.opened_by, m.opened_at,
                       (select count(*) from mo.review_item i where i.meeting_id = m.id) as items_count,
                       (select count(*) from mo.review_item i where i.meeting_id = m.id and i.resolution is not null)
                           as decided_count
                  from mo.review_meeting m
                 where m.province_code = ? and m.fiscal_year = ?
                 order by m.id""").params(provinceCode, fiscalYear).query(Listed.class).list();
    }

    /** Cases of the province waiting for the subcommittee and not yet on another open meeting's list. */
    long countAwaiting(String provinceCode, int fiscalYear) {
        return jdbc.sql("select count(*) from mo.organisation_case c where " + AWAITING_FREE)
                .params(provinceCode, fiscalYear, AWAITING).query(Long.class).single();
    }

    private static final String AWAITING_FREE = """
            c.province_code = ? and c.fiscal_year = ? and c.status = ?
              and not exists (select 1 from mo.review_item i join mo.review_meeting m on m.id = i.meeting_id
                              where i.case_number = c.case_number and i.resolution is null
                                and m.status in ('OPEN', 'SCHEDULED'))""";

    /**
     * The preliminary list (5.2.2(2)): every waiting case with its proposed level, the latest
     * score found in its form submissions ({@code totalScore} or {@code score}) and its documents.
     */
    int compile(long meetingId, String provinceCode, int fiscalYear) {
        return jdbc.sql("""
                insert into mo.review_item (meeting_id, case_number, proposed_level, score, documents_count)
                select ?, c.case_number, c.proposed_level,
                       (select case when v ~ '^-?[0-9]{1,5}(\\.[0-9]+){0,1}$' then round(v::numeric, 2) end
                          from (select coalesce(s.data->>'totalScore', s.data->>'score') as v
                                  from mo.form_submission s
                                 where s.case_number = c.case_number and coalesce(s.data->>'totalScore', s.data->>'score') is not null
                                 order by s.submitted_at desc, s.id desc limit 1) latest),
                       (select count(*) from mo.attachment a where a.case_number = c.case_number)
                  from mo.organisation_case c
                 where\s""" + AWAITING_FREE + " on conflict do nothing")
                .params(meetingId, provinceCode, fiscalYear, AWAITING).update();
    }

    public List<Item> items(long meetingId) {
        return items(meetingId, "", "all");
    }

    private List<Item> items(long meetingId, String condition, String limit) {
        return jdbc.sql("""
                select i.meeting_id, i.case_number, o.name as organisation_name, i.proposed_level, i.score,
                       i.documents_count, i.resolution, i.certified_level, i.outstanding_model, i.remarks, i.delivery,
                       i.decided_by, i.held_back_reason
                  from mo.review_item i
                  join mo.organisation_case c on c.case_number = i.case_number
                  join mo.organisation o on o.id = c.organisation_id
                 where i.meeting_id = ?\s""" + condition + " order by i.case_number limit " + limit)
                .param(meetingId).query(Item.class).list();
    }

    /**
     * The อ.02 score of each of the nine steps per case on the meeting's list, from the case's
     * latest self-assessment (form O02_O03 in mo.form_submission); cases without one are left out.
     */
    Map<String, List<String>> stepScores(long meetingId) {
        Map<String, List<String>> scores = new LinkedHashMap<>();
        jdbc.sql("""
                select i.case_number,
                       array(select coalesce(latest.data->>('step' || n || 'Score'), '—')
                               from generate_series(1, 9) n order by n) as scores
                  from mo.review_item i
                  join lateral (select s.data from mo.form_submission s
                                 where s.case_number = i.case_number and s.form_code = 'O02_O03'
                                 order by s.version desc limit 1) latest on true
                 where i.meeting_id = ? order by i.case_number""").param(meetingId)
                .query((RowCallbackHandler) rs -> scores.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())));
        return scores;
    }

    void schedule(long id, LocalDate date, String place, String members) {
        jdbc.sql("update mo.review_meeting set meeting_date = ?, place = ?, members = ?, status = 'SCHEDULED' where id = ?")
                .params(date, place, members, id).update();
    }

    void resolve(long meetingId, String caseNumber, String resolution, Integer level, boolean outstanding,
            String remarks, String by) {
        jdbc.sql("""
                update mo.review_item set resolution = ?, certified_level = ?, outstanding_model = ?, remarks = ?,
                    decided_by = ?, decided_at = now() where meeting_id = ? and case_number = ?""")
                .params(resolution, level, outstanding, remarks, by, meetingId, caseNumber).update();
    }

    /** The cases the meeting reports to DRA: certified, their decision delivered, not held back. */
    int countReported(long meetingId) {
        return jdbc.sql("""
                select count(*) from mo.review_item where meeting_id = ? and resolution = 'CERTIFIED'
                   and delivery = 'DELIVERED' and held_back_at is null""").param(meetingId).query(Integer.class).single();
    }

    /** Holds a reported case back from the meeting's next report; false when it is no reported case. */
    boolean holdBack(long meetingId, String caseNumber, String reason, String by) {
        return jdbc.sql("""
                update mo.review_item set held_back_reason = ?, held_back_by = ?, held_back_at = now()
                 where meeting_id = ? and case_number = ? and resolution = 'CERTIFIED' and delivery = 'DELIVERED'
                   and held_back_at is null""").params(reason, by, meetingId, caseNumber).update() == 1;
    }

    boolean release(long meetingId, String caseNumber) {
        return jdbc.sql("""
                update mo.review_item set held_back_reason = null, held_back_by = null, held_back_at = null
                 where meeting_id = ? and case_number = ? and held_back_at is not null""")
                .params(meetingId, caseNumber).update() == 1;
    }

    /** Items still without a resolution whose case was withdrawn meanwhile are closed as WITHDRAWN. */
    int closeWithdrawn(long meetingId) {
        return jdbc.sql("""
                update mo.review_item i set resolution = 'WITHDRAWN', decided_at = now()
                  from mo.organisation_case c
                 where c.case_number = i.case_number and i.meeting_id = ? and i.resolution is null
                   and c.status = 'WITHDRAWN'""").param(meetingId).update();
    }

    /** Resolutions that go to their cases ({@link #DELIVERED_RESOLUTIONS}) and have not gone yet, at most {@code limit}. */
    List<Item> undelivered(long meetingId, int limit) {
        return items(meetingId, "and i.resolution in " + DELIVERED_RESOLUTIONS + " and i.delivery is null",
                String.valueOf(limit));
    }

    /** Resolutions that go to their cases, delivered or not: the same figure however many batches went. */
    int countToDeliver(long meetingId) {
        return jdbc.sql("select count(*) from mo.review_item where meeting_id = ? and resolution in "
                + DELIVERED_RESOLUTIONS).param(meetingId).query(Integer.class).single();
    }

    /** Cases the meeting certified whose case received the decision: what the report to DRA lists. */
    int countCertifiedDelivered(long meetingId) {
        return jdbc.sql("select count(*) from mo.review_item where meeting_id = ? and resolution = 'CERTIFIED'"
                + " and delivery = 'DELIVERED'").param(meetingId).query(Integer.class).single();
    }

    void delivered(long meetingId, String caseNumber, String delivery) {
        jdbc.sql("update mo.review_item set delivery = ? where meeting_id = ? and case_number = ?")
                .params(delivery, meetingId, caseNumber).update();
    }

    void status(long id, String status) {
        String stamp = switch (status) {
            case "DECIDED" -> ", decided_at = now()";
            case "REPORTED" -> ", reported_at = now()";
            default -> "";
        };
        jdbc.sql("update mo.review_meeting set status = ?" + stamp + " where id = ?").params(status, id).update();
    }

    boolean hasMinutes(long meetingId) {
        return jdbc.sql("select count(*) from mo.review_minutes where meeting_id = ?").param(meetingId)
                .query(Long.class).single() > 0;
    }
}
