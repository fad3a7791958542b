package th.moralorg.organisationcase;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import th.moralorg.reference.Virtue;

/**
 * The server-side rules of every form of the case (seed 5.2.1, 5.2.2), by task id: each reads
 * the submitted variables with {@link FormFields} and returns the validated data to store.
 * The browser's checks are a convenience; these are the ones that count.
 */
final class CaseForms {

    /** What a form's rules may read of the case beyond what was submitted. */
    interface CaseContext {
        /** The activities of the case's latest plan อ.04, in order; none before it has one. */
        List<String> plannedActivities();
    }

    interface Reader {
        Map<String, Object> read(FormFields fields, CaseContext c);
    }

    record Spec(String formCode, Reader read) {
        Spec(String formCode, Function<FormFields, Map<String, Object>> read) {
            this(formCode, (fields, c) -> read.apply(fields));
        }
    }

    static final Set<String> VIRTUES = Arrays.stream(Virtue.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    static final int STEPS = 9;

    static final Map<String, Spec> BY_TASK = Map.ofEntries(
            Map.entry("reviewIntent", new Spec("INTENT_REVIEW", CaseForms::intentReview)),
            Map.entry("recordOrientation", new Spec("ORIENTATION", CaseForms::orientation)),
            Map.entry("sharedVision", new Spec("SHARED_VISION", CaseForms::sharedVision)),
            Map.entry("goodnessCapital", new Spec("GOODNESS_CAPITAL", CaseForms::goodnessCapital)),
            Map.entry("designActivities", new Spec("O04", PlanForms::plan)),
            Map.entry("carryOutPlan", new Spec("PROGRESS", (f, c) -> PlanForms.progress(f, c.plannedActivities()))),
            Map.entry("lessonsLearned", new Spec("LESSONS", CaseForms::lessons)),
            Map.entry("declareIntent", new Spec("O05", CaseForms::declaration)),
            Map.entry("selfAssess", new Spec("O02_O03", CaseForms::selfAssessment)),
            // the parts a revision reopens (RevisionParts): the same forms, stored as new versions
            Map.entry("revisePlan", new Spec("O04", PlanForms::plan)),
            Map.entry("reviseDeclaration", new Spec("O05", CaseForms::declaration)),
            Map.entry("reviseEvidence", new Spec(RevisionParts.EVIDENCE_FORM, CaseForms::evidenceRevision)),
            Map.entry("checkCompleteness", new Spec("COMPLETENESS", CaseForms::completeness)),
            Map.entry("recordNationalDatabase", new Spec("NATIONAL_DATABASE", CaseForms::nationalDatabase)),
            Map.entry("scheduleSiteVisit", new Spec("SITE_VISIT_SCHEDULE", CaseForms::siteVisitSchedule)),
            Map.entry("confirmSiteVisit", new Spec("SITE_VISIT_CONFIRMATION", CaseForms::siteVisitConfirmation)));
    /** The visitor rows of site-visit-schedule.form; API clients may send {@code visitors} instead. */
    static final int VISITOR_ROWS = 5;
    /** The honoured rows of lessons-learned.form; API clients may send {@code honours} instead. */
    static final int HONOUR_ROWS = 5;
    private static final Rows VISITORS = new Rows("visitors", "คณะผู้ตรวจเยี่ยม", 20, "visitor", VISITOR_ROWS,
            List.of("name", "position"), "ผู้ตรวจเยี่ยมคนที่ ", "กรุณาระบุผู้ตรวจเยี่ยมอย่างน้อย 1 คน ทั้งชื่อและตำแหน่ง");
    private static final Rows HONOURS = new Rows("honours", "ผู้ได้รับการยกย่อง", 100, "honour", HONOUR_ROWS,
            List.of("kind", "name", "deed"), "ผู้ได้รับการยกย่องรายที่ ",
            "กรุณาระบุบุคคลหรือทีมที่ได้รับการยกย่องอย่างน้อย 1 ราย พร้อมความดีที่ทำ");
    /** Whom an organisation honours (5.2.1(2.5)), as the case file reads it. */
    static final Map<String, String> HONOUREE_KINDS = Map.of("PERSON", "บุคคล", "TEAM", "ทีมหรือกลุ่มงาน");

    private CaseForms() {
    }

    private static Map<String, Object> intentReview(FormFields f) {
        String decision = f.choice("intentDecision", "ผลการตรวจสอบ", Set.of("ACCEPT", "CORRECT", "REJECT"));
        String remarks = "ACCEPT".equals(decision) || decision == null
                ? f.optionalText("intentRemarks", "หมายเหตุ", 2000)
                : f.text("intentRemarks", "เหตุผลหรือสิ่งที่ต้องแก้ไข", 2000);
        return data("intentDecision", decision, "intentRemarks", remarks);
    }

    private static Map<String, Object> orientation(FormFields f) {
        return data("orientationDate", f.date("orientationDate", "วันที่เข้าร่วมประชุมชี้แจง"));
    }

    private static Map<String, Object> sharedVision(FormFields f) {
        return data(
                "problemsToSolve", f.text("problemsToSolve", "ปัญหาที่อยากแก้", 4000),
                "goodToDo", f.text("goodToDo", "ความดีที่อยากทำ", 4000),
                "targetVirtues", f.choices("targetVirtues", "คุณธรรมเป้าหมาย", VIRTUES),
                "participationPercent", f.integer("participationPercent", "สัดส่วนผู้ร่วมกำหนด (ร้อยละ)", 0, 100));
    }

    private static Map<String, Object> goodnessCapital(FormFields f) {
        return data(
                "strengths", f.text("strengths", "ต้นทุนความดีที่มีอยู่", 4000),
                "behavioursToFix", f.text("behavioursToFix", "พฤติกรรมที่ต้องแก้ไข", 4000),
                "baseline", f.text("baseline", "ข้อมูลพื้นฐานก่อนเริ่ม", 4000));
    }

    /**
     * Step 5 (5.2.1(2.5)): the lessons, and whom the organisation honours, one or more, each a person
     * or a team with what they did (the form's rows, or {@code honours} from an API client).
     */
    private static Map<String, Object> lessons(FormFields f) {
        String lessons = f.text("lessons", "บทเรียนที่ได้", 4000);
        List<Map<String, Object>> honours = rows(f, HONOURS, (r, who) -> data(
                "kind", r.choice("kind", who + "บุคคลหรือทีม", HONOUREE_KINDS.keySet()),
                "name", r.text("name", who + "ชื่อ", 200), "deed", r.text("deed", who + "ความดีที่ทำ", 1000)));
        return data("lessons", lessons, "honours", honours, "extension", f.optionalText("extension", "การขยายผล", 2000));
    }

    /**
     * A form's repeated rows: its fixed rows in Tasklist ({@code visitor1Name}, {@code visitor1Position}, …) or,
     * from an API client, the list {@code visitors}; the blank ones skipped, each other one checked by
     * {@code row} (its own fields, and "…คนที่ n: " to start its messages) with its errors under the
     * field it came from; at least one row.
     */
    private static List<Map<String, Object>> rows(FormFields f, Rows spec,
            java.util.function.BiFunction<FormFields, String, Map<String, Object>> row) {
        boolean api = f.has(spec.list());
        List<?> given = api ? f.list(spec.list(), spec.label(), 1, spec.maxRows()) : null;
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        int count = !api ? spec.formRows() : given == null ? 0 : given.size();
        for (int i = 0; i < count; i++) {
            int n = i + 1;
            Map<?, ?> sent = api && given.get(i) instanceof Map<?, ?> m ? m : Map.of();
            Map<String, Object> values = new java.util.HashMap<>();
            for (String key : spec.keys()) {
                Object value = api ? sent.get(key) : f.raw(spec.prefix() + n + capitalised(key));
                values.put(key, value == null ? "" : value);
            }
            if (values.values().stream().allMatch(CaseForms::blank)) {
                continue; // an empty row of the form
            }
            FormFields r = new FormFields(values);
            Map<String, Object> checked = row.apply(r, spec.row() + n + ": ");
            String field = api ? spec.list() + "[" + i + "]." : spec.prefix() + n;
            r.errors().forEach((key, message) -> f.error(field + (api ? key : capitalised(key)), message));
            rows.add(checked);
        }
        if (rows.isEmpty() && (!api || given != null)) {
            f.error(api ? spec.list() : spec.prefix() + "1Name", spec.none());
        }
        return rows;
    }

    /** Where a form's repeated rows come from and what their messages say. */
    private record Rows(String list, String label, int maxRows, String prefix, int formRows, List<String> keys,
            String row, String none) {
    }

    private static String capitalised(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static Map<String, Object> declaration(FormFields f) {
        return data("declarationText", f.text("declarationText", "ข้อความประกาศเจตนารมณ์", 6000),
                "postedAt", f.text("postedAt", "สถานที่ติดประกาศ", 500),
                "declaredOn", f.date("declaredOn", "วันที่ประกาศ"),
                "executivesSignedPercent", f.integer("executivesSignedPercent", "ร้อยละของผู้บริหารที่ลงนาม", 0, 100),
                "membersSignedPercent", f.integer("membersSignedPercent", "ร้อยละของสมาชิกที่ลงนาม", 0, 100));
    }

    /** อ.02 (9 steps scored 2/1/0 with evidence) and อ.03 (success) together. */
    private static Map<String, Object> selfAssessment(FormFields f) {
        Map<String, Object> data = new LinkedHashMap<>();
        int total = 0;
        for (int step = 1; step <= STEPS; step++) {
            Integer score = f.integer("step" + step + "Score", "คะแนนขั้นที่ " + step, 0, 2);
            total += score == null ? 0 : score;
            data.put("step" + step + "Score", score);
            data.put("step" + step + "Evidence", score != null && score > 0
                    ? f.text("step" + step + "Evidence", "หลักฐานขั้นที่ " + step, 2000)
                    : f.optionalText("step" + step + "Evidence", "หลักฐานขั้นที่ " + step, 2000));
        }
        Integer planned = f.integer("successActivitiesPlanned", "จำนวนกิจกรรมตามแผน (อ.03)", 1, 1000);
        Integer achieved = f.integer("successActivitiesAchieved", "จำนวนกิจกรรมที่บรรลุเป้าหมาย (อ.03)", 0, 1000);
        if (planned != null && achieved != null && achieved > planned) {
            f.error("successActivitiesAchieved", "จำนวนกิจกรรมที่บรรลุเป้าหมายต้องไม่เกินจำนวนกิจกรรมตามแผน");
        }
        data.put("successActivitiesPlanned", planned);
        data.put("successActivitiesAchieved", achieved);
        data.put("behaviourChange", f.integer("behaviourChange", "ระดับการเปลี่ยนแปลงพฤติกรรม (1–5)", 1, 5));
        // read by the subcommittee's preliminary list (review package)
        data.put("totalScore", total);
        return data;
    }

    private static Map<String, Object> completeness(FormFields f) {
        String decision = f.choice("completenessDecision", "ผลการตรวจสอบความครบถ้วน", Set.of("COMPLETE", "REVISE"));
        boolean revise = "REVISE".equals(decision);
        Map<String, Object> parts = revise ? RevisionParts.read(f) : Map.of();
        // without marked parts (an API client of before) the remarks are what to correct, as they were
        String remarks = revise && f.raw(RevisionParts.PARTS) == null
                ? f.text("completenessRemarks", "สิ่งที่ต้องแก้ไข", 4000)
                : f.optionalText("completenessRemarks", "หมายเหตุ", 4000);
        Map<String, Object> data = data("completenessDecision", decision, "completenessRemarks", remarks);
        data.putAll(parts);
        return data;
    }

    /** What the organisation changed in its evidence (the files themselves are on the evidence page). */
    private static Map<String, Object> evidenceRevision(FormFields f) {
        return data("evidenceChanges", f.text("evidenceChanges", "สิ่งที่แก้ไขหรือเพิ่มเติมในหลักฐาน", 2000));
    }

    private static Map<String, Object> nationalDatabase(FormFields f) {
        f.isTrue("nationalDatabaseRecorded", "กรุณายืนยันว่าได้บันทึกข้อมูลลงฐานข้อมูลองค์กรคุณธรรมแล้ว");
        return data("nationalDatabaseRecorded", true,
                "nationalReference", f.optionalText("nationalReference", "เลขอ้างอิงในฐานข้อมูลระดับชาติ", 100));
    }

    /**
     * The visit as the PCO schedules it (5.2.2(6)): its date, one visitor or more (name and position
     * both), the guideline's items picked. {@link SiteVisits#checkSchedule} adds what needs the
     * clock and the guideline.
     */
    private static Map<String, Object> siteVisitSchedule(FormFields f) {
        String date = f.date("visitDate", "วันตรวจเยี่ยม");
        List<Map<String, Object>> visitors = rows(f, VISITORS, (r, who) -> data(
                "name", r.text("name", who + "ชื่อ-สกุล", 200), "position", r.text("position", who + "ตำแหน่ง", 200)));
        Object picked = f.raw("checklistItems");
        List<String> items = picked instanceof List<?> codes && !codes.isEmpty()
                && codes.stream().allMatch(String.class::isInstance)
                ? codes.stream().map(String.class::cast).distinct().toList() : null;
        if (items == null) {
            f.error("checklistItems", "กรุณาเลือกรายการที่ให้องค์กรเตรียมอย่างน้อย 1 รายการ");
        }
        return data("visitDate", date, "visitors", visitors, "checklistItems", items);
    }

    /** The organisation's confirmation: the items ready (none is allowed) and a remark. */
    private static Map<String, Object> siteVisitConfirmation(FormFields f) {
        Object ticked = f.raw("readyItems");
        List<String> ready = List.of();
        if (ticked instanceof List<?> codes && codes.stream().allMatch(String.class::isInstance)) {
            ready = codes.stream().map(String.class::cast).distinct().toList();
        } else if (ticked != null) {
            f.error("readyItems", "รายการที่เตรียมพร้อมแล้วไม่ถูกต้อง");
        }
        return data("readyItems", ready,
                "confirmationRemarks", f.optionalText("confirmationRemarks", "หมายเหตุ", 2000));
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }
}
