package th.moralorg.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * DRA's national meetings (seed 5.2.2(4)): per fiscal year and round one meeting of the National
 * Selection Subcommittee and one of the National Committee, and the reported cases put on them.
 * A case is on at most one meeting of each body (mo.national_item.selection_meeting_id,
 * committee_meeting_id).
 */
@Repository
class NationalRounds {

    static final String SELECTION = "SELECTION";
    static final String COMMITTEE = "COMMITTEE";

    record Meeting(long id, int fiscalYear, int round, String body, String status, LocalDate meetingDate, String place,
            String remarks, String openedBy, String decidedBy) {

        boolean isOpen() {
            return "OPEN".equals(status);
        }

        boolean isSelection() {
            return SELECTION.equals(body);
        }
    }

    /** A reported case as the meeting pages list it: on a meeting, or awaiting one. */
    record Case(long reportId, String caseNumber, String organisationName, String provinceCode, int certifiedLevel,
            boolean outstandingModel, Boolean selected, String result, String remarks) {
    }

    /** A report with cases on a meeting, and whether all its cases have what the body decides. */
    record ReportState(long reportId, long reviewMeetingId, int round, boolean allSelected, boolean allDecided) {
    }

    private final JdbcClient jdbc;

    NationalRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the next round of the year: its two meetings, both open. */
    int open(int fiscalYear, String openedBy) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('national_round'), ?)").param(fiscalYear).query().singleRow();
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from mo.national_meeting where fiscal_year = ?")
                .param(fiscalYear).query(Integer.class).single();
        for (String body : List.of(SELECTION, COMMITTEE)) {
            jdbc.sql("insert into mo.national_meeting (fiscal_year, round, body, opened_by) values (?, ?, ?, ?)")
                    .params(fiscalYear, round, body, openedBy).update();
        }
        return round;
    }

    List<Meeting> meetings() {
        return jdbc.sql("select * from mo.national_meeting order by fiscal_year desc, round desc, body desc")
                .query(Meeting.class).list();
    }

    Optional<Meeting> find(int fiscalYear, int round, String body) {
        return jdbc.sql("select * from mo.national_meeting where fiscal_year = ? and round = ? and body = ?")
                .params(fiscalYear, round, body).query(Meeting.class).optional();
    }

    /** The meeting, locked until the transaction ends: what is put on it and its decision do not cross. */
    Meeting lock(long id) {
        return jdbc.sql("select * from mo.national_meeting where id = ? for update").param(id).query(Meeting.class)
                .single();
    }

    private static final String CASES = """
            select n.report_id, n.case_number, o.name as organisation_name, r.province_code, n.certified_level,
                   n.outstanding_model, n.selected, n.result, n.remarks
              from mo.national_item n
              join mo.national_report r on r.id = n.report_id
              join mo.organisation_case c on c.case_number = n.case_number
              join mo.organisation o on o.id = c.organisation_id
            """;

    List<Case> onMeeting(Meeting meeting) {
        return jdbc.sql(CASES + " where " + column(meeting) + " = ? order by r.province_code, n.case_number")
                .param(meeting.id()).query(Case.class).list();
    }

    /**
     * The cases of the year's accepted reports that await the meeting's body: for the selection,
     * not yet on a selection meeting; for the committee, selected and not yet on a committee meeting.
     */
    List<Case> awaiting(String body, int fiscalYear) {
        return jdbc.sql(CASES + " where r.fiscal_year = ? and " + awaitingCondition(body)
                + " order by r.province_code, n.case_number").param(fiscalYear).query(Case.class).list();
    }

    private static String awaitingCondition(String body) {
        return SELECTION.equals(body)
                ? "r.status = 'ACCEPTED' and n.selection_meeting_id is null and n.selected is null"
                : "r.status = 'SELECTED' and n.selected and n.committee_meeting_id is null and n.result is null";
    }

    /** Puts those of the cases that await the body on the meeting; returns those put. */
    List<String> put(Meeting meeting, List<String> caseNumbers) {
        return jdbc.sql("update mo.national_item n set " + column(meeting) + " = ? from mo.national_report r"
                + " where r.id = n.report_id and r.fiscal_year = ? and n.case_number = any(?) and "
                + awaitingCondition(meeting.body()) + " returning n.case_number")
                .params(meeting.id(), meeting.fiscalYear(), caseNumbers.toArray(String[]::new))
                .query(String.class).list();
    }

    int remove(Meeting meeting, List<String> caseNumbers) {
        return jdbc.sql("update mo.national_item set " + column(meeting) + " = null where " + column(meeting)
                + " = ? and case_number = any(?)").params(meeting.id(), caseNumbers.toArray(String[]::new)).update();
    }

    /** The subcommittee's result on a case: a case not selected has its national result now. */
    void select(Meeting meeting, String caseNumber, boolean selected, boolean outstanding, String remarks, String by) {
        jdbc.sql("""
                update mo.national_item set selected = ?, outstanding_model = ?, remarks = ?,
                       result = case when ? then null else 'NOT_ENDORSED' end, decided_by = case when ? then null else ? end
                 where selection_meeting_id = ? and case_number = ?""")
                .params(selected, selected && outstanding, remarks, selected, selected, by, meeting.id(), caseNumber)
                .update();
    }

    void endorse(Meeting meeting, String caseNumber, boolean endorsed, String remarks, String by) {
        jdbc.sql("""
                update mo.national_item set result = case when ? then 'ENDORSED' else 'NOT_ENDORSED' end,
                       outstanding_model = outstanding_model and ?, remarks = coalesce(?, remarks), decided_by = ?
                 where committee_meeting_id = ? and case_number = ?""")
                .params(endorsed, endorsed, remarks, by, meeting.id(), caseNumber).update();
    }

    void decided(Meeting meeting, LocalDate date, String place, String remarks, String by) {
        jdbc.sql("""
                update mo.national_meeting set status = 'DECIDED', meeting_date = ?, place = ?, remarks = ?,
                       decided_by = ?, decided_at = now() where id = ?""")
                .params(date, place, remarks, by, meeting.id()).update();
    }

    /** The reports with cases on the meeting, each with whether all its cases are past each body. */
    List<ReportState> reportsOf(Meeting meeting) {
        return jdbc.sql("""
                select r.id as report_id, r.meeting_id as review_meeting_id, r.round,
                       bool_and(a.selected is not null) as all_selected, bool_and(a.result is not null) as all_decided
                  from mo.national_report r join mo.national_item a on a.report_id = r.id
                 where r.id in (select report_id from mo.national_item where %s = ?)
                 group by r.id order by r.id""".formatted(column(meeting)))
                .param(meeting.id()).query(ReportState.class).list();
    }

    /** The latest date of the selection meetings that passed the cases on a committee meeting. */
    Optional<LocalDate> latestSelectionDate(Meeting committee) {
        return jdbc.sql("""
                select max(s.meeting_date) from mo.national_item n join mo.national_meeting s on s.id = n.selection_meeting_id
                 where n.committee_meeting_id = ?""").param(committee.id()).query(LocalDate.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    void reportStatus(long reportId, String status, String dateColumn, LocalDate date) {
        jdbc.sql("update mo.national_report set status = ?, " + dateColumn + " = ? where id = ?")
                .params(status, date, reportId).update();
    }

    private static String column(Meeting meeting) {
        return meeting.isSelection() ? "selection_meeting_id" : "committee_meeting_id";
    }
}
