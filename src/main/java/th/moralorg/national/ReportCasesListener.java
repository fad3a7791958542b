package th.moralorg.national;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Level;
import th.moralorg.reference.ThaiNames;
import th.moralorg.web.Markdown;

/**
 * Puts the report's cases into each DRA task of it (issue 11, item 2): on create, the task-local
 * variable {@value #NAME}, which the forms show with {@code {{reportCases}}}: per case a link to its
 * case page, the organisation, the level the province certified, the self-assessment score and
 * files the subcommittee had, and (from the selection on) whether it was selected. Read from the
 * report's own rows and the case tables; no form has a field of this name, so no completion may send it.
 */
@Component("reportCases")
class ReportCasesListener implements TaskListener {

    static final String NAME = "reportCases";

    record Row(String caseNumber, String organisationName, int certifiedLevel, boolean outstandingModel,
            Boolean selected, BigDecimal score, Integer documentsCount, boolean fromEarlierMeeting) {
    }

    /** A case the province held back from this report when correcting it, with its reason. */
    record HeldBack(String caseNumber, String organisationName, String reason) {
    }

    private final NationalSteps steps;
    private final JdbcClient jdbc;

    ReportCasesListener(NationalSteps steps, JdbcClient jdbc) {
        this.steps = steps;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
        NationalReports.Report report = steps.report(task.getProcessInstanceId());
        task.setVariableLocal(NAME, markdown(rows(report)) + heldBackMarkdown(heldBack(report)));
    }

    private List<Row> rows(NationalReports.Report report) {
        return jdbc.sql("""
                select n.case_number, o.name as organisation_name, n.certified_level, n.outstanding_model, n.selected,
                       r.score, r.documents_count, r.case_number is null as from_earlier_meeting
                  from mo.national_item n
                  join mo.organisation_case c on c.case_number = n.case_number
                  join mo.organisation o on o.id = c.organisation_id
                  left join mo.review_item r on r.meeting_id = ? and r.case_number = n.case_number
                 where n.report_id = ? order by n.case_number""")
                .params(report.meetingId(), report.id()).query(Row.class).list();
    }

    private List<HeldBack> heldBack(NationalReports.Report report) {
        return jdbc.sql("""
                select i.case_number, o.name as organisation_name, i.held_back_reason as reason
                  from mo.review_item i
                  join mo.organisation_case c on c.case_number = i.case_number
                  join mo.organisation o on o.id = c.organisation_id
                 where i.meeting_id = ? and i.held_back_at is not null order by i.case_number""")
                .param(report.meetingId()).query(HeldBack.class).list();
    }

    static String heldBackMarkdown(List<HeldBack> held) {
        if (held.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n#### จังหวัดถอนออกจากรายงานนี้ (" + held.size()
                + " องค์กร จะส่งพร้อมรายงานฉบับถัดไปของจังหวัด)\n\n");
        for (HeldBack h : held) {
            md.append("- [").append(Markdown.text(h.caseNumber())).append("](/cases/").append(h.caseNumber())
                    .append(") ").append(Markdown.text(h.organisationName())).append(": ")
                    .append(Markdown.text(h.reason())).append('\n');
        }
        return md.toString();
    }

    static String markdown(List<Row> rows) {
        if (rows.isEmpty()) {
            return "ไม่มีองค์กรในรายงานนี้\n";
        }
        StringBuilder md = new StringBuilder("#### องค์กรในรายงาน (" + rows.size() + " องค์กร)\n\n");
        for (Row r : rows) {
            md.append("- [").append(Markdown.text(r.caseNumber())).append("](/cases/").append(r.caseNumber())
                    .append(") ").append(Markdown.text(r.organisationName())).append(": ")
                    .append(Markdown.text(ThaiNames.of(Level.class, r.certifiedLevel())))
                    .append(r.outstandingModel() ? " ต้นแบบโดดเด่น" : "")
                    .append(r.score() == null ? "" : "; คะแนนประเมินตนเอง " + r.score().stripTrailingZeros().toPlainString())
                    .append(r.documentsCount() == null ? "" : "; เอกสาร " + r.documentsCount() + " ไฟล์")
                    .append(r.selected() == null ? "" : r.selected() ? "; ผ่านการคัดเลือก" : "; ไม่ผ่านการคัดเลือก")
                    .append(r.fromEarlierMeeting() ? "; ส่งเพิ่ม: จังหวัดถอนไว้จากรายงานฉบับก่อน" : "")
                    .append('\n');
        }
        return md.toString();
    }
}
