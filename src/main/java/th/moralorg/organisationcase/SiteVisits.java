package th.moralorg.organisationcase;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.ThaiDates;

/**
 * The site visit of an endorsed organisation (seed 5.2.2(6), V59): the programme's guideline of what
 * an organisation prepares ({@code mo.site_visit_item}), the visit the PCO schedules (date, visitors,
 * the items picked from the guideline) and the organisation's confirmation (each item ready or not,
 * a remark). Checks what {@link CaseForms} cannot alone (a date after today, codes of the guideline,
 * items of this case's visit); {@link CaseFormListener} stores, in the completion's transaction.
 */
@Repository
class SiteVisits {

    /** The three areas of the guideline, as the PCO and the organisation read them. */
    static final Map<String, String> AREAS = Map.of("SHOW", "สิ่งที่นำชม", "PRESENT", "ผู้นำเสนอและให้ข้อมูล",
            "DOCUMENT", "เอกสารที่เตรียมไว้");

    record Item(String code, String area, String label, int position) {
        /** As a checklist shows it: "สิ่งที่นำชม: …". */
        String shown() {
            return AREAS.getOrDefault(area, area) + ": " + label;
        }
    }

    record Visitor(String name, String title) {
    }

    /** An item sent for the visit; {@code ready} null until the organisation confirms. */
    record Entry(String code, String area, String label, Boolean ready) {
        public String shown() {
            return AREAS.getOrDefault(area, area) + ": " + label;
        }
    }

    public record Visit(String caseNumber, LocalDate visitDate, String scheduledBy, Instant scheduledAt,
            List<Visitor> visitors, List<Entry> checklist, String confirmedBy, Instant confirmedAt,
            String confirmationRemarks) {
        public boolean confirmed() {
            return confirmedAt != null;
        }

        /** "15 มกราคม พ.ศ. 2570". */
        public String visitDateText() {
            return ThaiDates.longDate(visitDate);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SiteVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The guideline's items in use, in their order. */
    List<Item> guideline() {
        return jdbc.sql("select code, area, label, position from mo.site_visit_item where active order by position")
                .query(Item.class).list();
    }

    Optional<Visit> of(String caseNumber) {
        record Row(LocalDate visitDate, String scheduledBy, Timestamp scheduledAt, String confirmedBy,
                Timestamp confirmedAt, String confirmationRemarks) {
        }
        return jdbc.sql("""
                select visit_date, scheduled_by, scheduled_at, confirmed_by, confirmed_at, confirmation_remarks
                  from mo.site_visit where case_number = ?""").param(caseNumber).query(Row.class).optional()
                .map(r -> new Visit(caseNumber, r.visitDate(), r.scheduledBy(), r.scheduledAt().toInstant(),
                        jdbc.sql("select name, title from mo.site_visit_visitor where case_number = ? order by position")
                                .param(caseNumber).query(Visitor.class).list(),
                        jdbc.sql("""
                                select i.code, i.area, i.label, c.ready from mo.site_visit_checklist c
                                  join mo.site_visit_item i on i.code = c.item_code
                                 where c.case_number = ? order by i.position""")
                                .param(caseNumber).query(Entry.class).list(),
                        r.confirmedBy(), r.confirmedAt() == null ? null : r.confirmedAt().toInstant(),
                        r.confirmationRemarks()));
    }

    /** The visit date comes after today (the office's zone); the items are of the guideline. */
    void checkSchedule(FormFields f, Map<String, Object> data) {
        Object date = data.get("visitDate");
        if (date != null && !LocalDate.parse(date.toString()).isAfter(LocalDate.now(clock))) {
            f.error("visitDate", "วันตรวจเยี่ยมต้องเป็นวันหลังวันนี้ ("
                    + ThaiDates.longDate(LocalDate.now(clock)) + ")");
        }
        Object picked = data.get("checklistItems");
        if (picked instanceof List<?> codes) {
            Set<String> known = guideline().stream().map(Item::code).collect(Collectors.toSet());
            if (!codes.stream().allMatch(known::contains)) {
                f.error("checklistItems", "รายการที่ให้องค์กรเตรียมมีรายการที่ไม่อยู่ในแนวทางการเตรียมความพร้อมรับการตรวจเยี่ยม");
            }
        }
    }

    /** The ticked items are of this case's visit; a remark is required when any is not ready. */
    void checkConfirmation(FormFields f, Map<String, Object> data, String caseNumber) {
        Set<String> sent = of(caseNumber).map(v -> v.checklist().stream().map(Entry::code).collect(Collectors.toSet()))
                .orElse(Set.of());
        @SuppressWarnings("unchecked")
        List<String> ready = (List<String>) data.get("readyItems");
        if (!sent.containsAll(ready)) {
            f.error("readyItems", "รายการที่เตรียมพร้อมแล้วมีรายการที่ สวจ. ไม่ได้ขอให้เตรียม");
        } else if (!ready.containsAll(sent) && data.get("confirmationRemarks") == null) {
            f.error("confirmationRemarks", "กรุณาระบุหมายเหตุว่ารายการที่ยังไม่พร้อมจะพร้อมเมื่อใด หรือเพราะเหตุใด");
        }
    }

    void schedule(String caseNumber, Map<String, Object> data, String by) {
        jdbc.sql("""
                insert into mo.site_visit (case_number, visit_date, scheduled_by, scheduled_at) values (?, ?, ?, ?)""")
                .params(caseNumber, LocalDate.parse(data.get("visitDate").toString()), by, Timestamp.from(clock.instant()))
                .update();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> visitors = (List<Map<String, String>>) data.get("visitors");
        for (int i = 0; i < visitors.size(); i++) {
            jdbc.sql("insert into mo.site_visit_visitor (case_number, position, name, title) values (?, ?, ?, ?)")
                    .params(caseNumber, i + 1, visitors.get(i).get("name"), visitors.get(i).get("position")).update();
        }
        for (Object code : (List<?>) data.get("checklistItems")) {
            jdbc.sql("insert into mo.site_visit_checklist (case_number, item_code) values (?, ?)")
                    .params(caseNumber, code).update();
        }
    }

    void confirm(String caseNumber, Map<String, Object> data, String by) {
        jdbc.sql("""
                update mo.site_visit set confirmed_by = ?, confirmed_at = ?, confirmation_remarks = ?
                 where case_number = ?""")
                .params(by, Timestamp.from(clock.instant()), data.get("confirmationRemarks"), caseNumber).update();
        jdbc.sql("update mo.site_visit_checklist set ready = (item_code = any (?)) where case_number = ?")
                .params(((List<?>) data.get("readyItems")).toArray(String[]::new), caseNumber).update();
    }
}
