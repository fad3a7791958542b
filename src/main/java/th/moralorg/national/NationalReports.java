package th.moralorg.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Provincial reports as DRA receives them and the national result per case (seed 5.2.2(4)). */
@Repository
class NationalReports {

    record Report(long id, long meetingId, int round, String provinceCode, int fiscalYear, String status,
            String remarks, LocalDate selectionDate, LocalDate committeeDate) {
    }

    record Item(long reportId, String caseNumber, int certifiedLevel, Boolean selected, boolean outstandingModel,
            String result, String remarks, String delivery, String decidedBy) {
    }

    private final JdbcClient jdbc;

    NationalReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers the report with the cases the province certified (and delivered) at the meeting,
     * for the instance that receives it; province and fiscal year are the meeting's own.
     */
    long register(long meetingId, int round, String processInstanceId) {
        long id = jdbc.sql("""
                insert into mo.national_report (meeting_id, round, province_code, fiscal_year, process_instance_id)
                select id, ?, province_code, fiscal_year, ? from mo.review_meeting where id = ? returning id""")
                .params(round, processInstanceId, meetingId).query(Long.class).single();
        // the meeting's certified cases, except those the province held back when DRA returned the
        // report, and those held back from an earlier report of the province's year not yet reported since
        jdbc.sql("""
                insert into mo.national_item (report_id, case_number, certified_level, outstanding_model)
                select ?, i.case_number, i.certified_level, i.outstanding_model
                  from mo.review_item i
                  join mo.review_meeting m on m.id = i.meeting_id
                  join mo.review_meeting this on this.id = ?
                 where i.resolution = 'CERTIFIED' and i.delivery = 'DELIVERED'
                   and (i.meeting_id = this.id and i.held_back_at is null
                        or i.meeting_id <> this.id and i.held_back_at is not null
                           and m.province_code = this.province_code and m.fiscal_year = this.fiscal_year
                           and not exists (select 1 from mo.national_item n join mo.national_report r on r.id = n.report_id
                                            where n.case_number = i.case_number and r.status <> 'RETURNED'))""")
                .params(id, meetingId).update();
        return id;
    }

    /** The report an instance of national-forwarding received (recorded by RegisterProvincialReport). */
    Optional<Report> ofInstance(String processInstanceId) {
        return jdbc.sql("select * from mo.national_report where process_instance_id = ?").param(processInstanceId)
                .query(Report.class).optional();
    }

    Optional<Report> find(long id) {
        return jdbc.sql("select * from mo.national_report where id = ?").param(id).query(Report.class).optional();
    }

    List<Item> items(long reportId) {
        return jdbc.sql("select * from mo.national_item where report_id = ? order by case_number")
                .param(reportId).query(Item.class).list();
    }

    /** Results not yet delivered to their cases, at most {@code limit}. */
    List<Item> undelivered(long reportId, int limit) {
        return jdbc.sql("select * from mo.national_item where report_id = ? and delivery is null order by case_number limit ?")
                .params(reportId, limit).query(Item.class).list();
    }

    int count(long reportId) {
        return jdbc.sql("select count(*) from mo.national_item where report_id = ?").param(reportId)
                .query(Integer.class).single();
    }

    void status(long id, String status, String remarks) {
        jdbc.sql("update mo.national_report set status = ?, remarks = coalesce(?, remarks) where id = ?")
                .params(status, remarks, id).update();
    }

    void delivered(long reportId, String caseNumber, String delivery) {
        jdbc.sql("update mo.national_item set delivery = ? where report_id = ? and case_number = ?")
                .params(delivery, reportId, caseNumber).update();
    }
}
