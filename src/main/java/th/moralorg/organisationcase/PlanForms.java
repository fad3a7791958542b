package th.moralorg.organisationcase;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan อ.04 (seed 5.2.1(2.3)) and the progress report against it (5.2.1(2.4)) as the
 * organisation writes them on our own pages ({@link PlanPage}, {@link ProgressPage}) or an API
 * client sends them: the rules every submission passes (the completion's listener runs them
 * again), and the Thai labels the case file and the papers read, since the Camunda Forms of these
 * steps only link to the pages.
 *
 * <p>Plan: {@code planRows} (1–50 activities, each with several target virtues, a first and a last
 * month, stored ISO {@code yyyy-MM}), {@code workingTeam} (คณะทำงาน, 1–30 people: name and role)
 * and {@code pledge} (ปฏิญญา / ข้อตกลงร่วมกัน). Progress: {@code progressRows}, one per row of the
 * latest plan in its order (status and evidence); the counts are derived from them.
 */
final class PlanForms {

    static final String PLAN_ROWS = "planRows";
    static final String PROGRESS_ROWS = "progressRows";
    static final String TEAM = "workingTeam";
    static final String PLEDGE = "pledge";
    static final int MAX_ROWS = 50;
    static final int MAX_TEAM = 30;

    /** A plan row's cells by key, in the paper's order; {@code virtue} and {@code period}: rows stored before issue 12. */
    static final Map<String, String> PLAN_ROW_LABELS = labels(
            "problem", "ปัญหาที่อยากแก้ / ความดีที่อยากทำ",
            "virtues", "คุณธรรมเป้าหมาย",
            "virtue", "คุณธรรมเป้าหมาย",
            "indicators", "พฤติกรรมบ่งชี้",
            "activity", "กิจกรรม",
            "startMonth", "เริ่มเดือน",
            "endMonth", "ถึงเดือน",
            "period", "ระยะเวลา",
            "budget", "งบประมาณ (บาท)",
            "owner", "ผู้รับผิดชอบ",
            "kpi", "ตัวชี้วัด / ค่าเป้าหมาย");
    static final Map<String, String> PLAN_LABELS = labels(
            TEAM, "คณะทำงาน",
            PLEDGE, "ปฏิญญา / ข้อตกลงร่วมกันขององค์กร");
    static final Map<String, String> STATUSES = labels(
            "DONE", "ดำเนินการแล้ว",
            "PARTLY", "ดำเนินการบางส่วน",
            "NOT_DONE", "ยังไม่ได้ดำเนินการ");
    static final Map<String, String> PROGRESS_ROW_LABELS = labels(
            "activity", "กิจกรรมตามแผน",
            "status", "ผลการดำเนินงาน",
            "evidence", "หลักฐาน / หมายเหตุ");
    static final Map<String, String> PROGRESS_LABELS = labels(
            "activitiesPlanned", "จำนวนกิจกรรมตามแผน",
            "activitiesDone", "ดำเนินการแล้ว (กิจกรรม)",
            "activitiesPartly", "ดำเนินการบางส่วน (กิจกรรม)",
            "activitiesNotDone", "ยังไม่ได้ดำเนินการ (กิจกรรม)",
            "progressSummary", "สรุปผลการดำเนินกิจกรรม",
            // a report of before issue 12
            "evidenceNote", "หลักฐานประกอบ");
    /** The cells that hold a month (ISO yyyy-MM), read in the Buddhist Era. */
    static final Set<String> MONTHS = Set.of("startMonth", "endMonth");

    private PlanForms() {
    }

    /** The plan as submitted: validated field by field into {@code f}'s errors; the data to store. */
    static Map<String, Object> plan(FormFields f) {
        List<?> rows = f.list(PLAN_ROWS, "กิจกรรมของแผน", 1, MAX_ROWS);
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FormFields r = row(f, PLAN_ROWS, i, rows.get(i));
            String n = "กิจกรรมที่ " + (i + 1) + ": ";
            Map<String, Object> planned = new LinkedHashMap<>();
            planned.put("problem", r.text("problem", n + "ปัญหาที่อยากแก้/ความดีที่อยากทำ", 1000));
            planned.put("virtues", r.choices("virtues", n + "คุณธรรมเป้าหมาย", CaseForms.VIRTUES));
            planned.put("indicators", r.text("indicators", n + "พฤติกรรมบ่งชี้", 1000));
            planned.put("activity", r.text("activity", n + "กิจกรรม", 1000));
            YearMonth start = r.month("startMonth", n + "เดือนที่เริ่ม");
            YearMonth end = r.month("endMonth", n + "เดือนที่สิ้นสุด");
            if (start != null && end != null && end.isBefore(start)) {
                r.error("endMonth", n + "เดือนที่สิ้นสุดต้องไม่ก่อนเดือนที่เริ่ม");
            }
            planned.put("startMonth", start == null ? null : start.toString());
            planned.put("endMonth", end == null ? null : end.toString());
            planned.put("budget", r.has("budget") && !blank(r.raw("budget"))
                    ? r.integer("budget", n + "งบประมาณ (บาท)", 0, 100_000_000) : null);
            planned.put("owner", r.text("owner", n + "ผู้รับผิดชอบ", 200));
            planned.put("kpi", r.text("kpi", n + "ตัวชี้วัด / ค่าเป้าหมาย", 500));
            errorsOf(f, PLAN_ROWS, i, r);
            plan.add(planned);
        }
        List<?> members = f.list(TEAM, "คณะทำงาน", 1, MAX_TEAM);
        List<Map<String, Object>> team = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            FormFields m = row(f, TEAM, i, members.get(i));
            String n = "คณะทำงานคนที่ " + (i + 1) + ": ";
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", m.text("name", n + "ชื่อ-สกุล", 200));
            member.put("role", m.text("role", n + "บทบาทในคณะทำงาน", 200));
            errorsOf(f, TEAM, i, m);
            team.add(member);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(PLAN_ROWS, plan);
        data.put(TEAM, team);
        data.put(PLEDGE, f.text(PLEDGE, "ปฏิญญา / ข้อตกลงร่วมกันขององค์กร", 4000));
        return data;
    }

    /**
     * The progress report against {@code planned} (the latest plan's activities, in order): one row each,
     * evidence for what was done in full or in part; the counts derived from the rows.
     */
    static Map<String, Object> progress(FormFields f, List<String> planned) {
        List<?> rows = f.list(PROGRESS_ROWS, "ผลการดำเนินกิจกรรมตามแผน", 1, MAX_ROWS);
        if (!rows.isEmpty() && rows.size() != planned.size()) {
            f.error(PROGRESS_ROWS, "ต้องรายงานผลครบทุกกิจกรรมของแผน อ.04 (" + planned.size() + " กิจกรรม) กิจกรรมละ 1 แถว");
        }
        List<Map<String, Object>> report = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.keySet().forEach(s -> counts.put(s, 0));
        for (int i = 0; i < Math.min(rows.size(), planned.size()); i++) {
            FormFields r = row(f, PROGRESS_ROWS, i, rows.get(i));
            String n = "กิจกรรมที่ " + (i + 1) + ": ";
            String status = r.choice("status", n + "ผลการดำเนินงาน", STATUSES.keySet());
            String evidence = status == null || "NOT_DONE".equals(status)
                    ? r.optionalText("evidence", n + "หลักฐาน / หมายเหตุ", 2000)
                    : r.text("evidence", n + "หลักฐานการดำเนินงาน", 2000);
            if (status != null) {
                counts.merge(status, 1, Integer::sum);
            }
            errorsOf(f, PROGRESS_ROWS, i, r);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("activity", planned.get(i));
            row.put("status", status);
            row.put("evidence", evidence);
            report.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(PROGRESS_ROWS, report);
        data.put("activitiesPlanned", planned.size());
        data.put("activitiesDone", counts.get("DONE"));
        data.put("activitiesPartly", counts.get("PARTLY"));
        data.put("activitiesNotDone", counts.get("NOT_DONE"));
        data.put("progressSummary", f.optionalText("progressSummary", "สรุปผลการดำเนินกิจกรรม", 4000));
        return data;
    }

    /** The activities of a stored plan, in order. */
    static List<String> activities(Map<String, Object> plan) {
        return plan.get(PLAN_ROWS) instanceof List<?> rows
                ? rows.stream().map(r -> r instanceof Map<?, ?> m ? String.valueOf(m.get("activity")) : "").toList()
                : List.of();
    }

    @SuppressWarnings("unchecked")
    private static FormFields row(FormFields f, String list, int i, Object row) {
        if (row instanceof Map<?, ?> cells) {
            return new FormFields((Map<String, ?>) cells);
        }
        f.error(list + "[" + i + "]", "แถวที่ " + (i + 1) + " ไม่ถูกต้อง");
        return new FormFields(Map.of());
    }

    private static void errorsOf(FormFields f, String list, int i, FormFields row) {
        row.errors().forEach((field, message) -> f.error(list + "[" + i + "]." + field, message));
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
