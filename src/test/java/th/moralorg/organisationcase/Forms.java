package th.moralorg.organisationcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Good form data, as Tasklist would submit it (numbers from radios arrive as text). */
final class Forms {

    private Forms() {
    }

    static Map<String, Object> sharedVision() {
        return Map.of("problemsToSolve", "มาประชุมสาย", "goodToDo", "ช่วยเหลือชุมชน",
                "targetVirtues", List.of("DISCIPLINE", "VOLUNTEERING"), "participationPercent", 85);
    }

    /** The PCO's visit on {@code day} by two visitors, with three items of the guideline. */
    static Map<String, Object> siteVisit(java.time.LocalDate day) {
        return Map.of("visitDate", day.toString(),
                "visitor1Name", "นางสาวสมศรี ใจงาม", "visitor1Position", "วัฒนธรรมจังหวัดเชียงใหม่",
                "visitor2Name", "นายประเสริฐ คงดี", "visitor2Position", "นักวิชาการวัฒนธรรมชำนาญการ",
                "checklistItems", List.of("SHOW_ACTIVITIES", "PRESENT_HEAD", "DOC_EVIDENCE"));
    }

    /** The coordinator's confirmation: every item of {@link #siteVisit} ready. */
    static Map<String, Object> siteVisitReady() {
        return Map.of("readyItems", List.of("SHOW_ACTIVITIES", "PRESENT_HEAD", "DOC_EVIDENCE"));
    }

    static Map<String, Object> goodnessCapital() {
        return Map.of("strengths", "ครูและนักเรียนมีจิตอาสา", "behavioursToFix", "ทิ้งขยะไม่เป็นที่",
                "baseline", "ประชุมเริ่มช้าเฉลี่ย 15 นาที");
    }

    /** A plan อ.04 of one activity with two target virtues, a working team of two and the pledge. */
    static Map<String, Object> plan() {
        return plan(List.of(planRow("ตรงต่อเวลา ทุกการประชุม")));
    }

    static Map<String, Object> plan(List<Map<String, Object>> rows) {
        return Map.of("planRows", rows,
                "workingTeam", List.of(Map.of("name", "นางสาวใจดี มีสุข", "role", "ประธาน"),
                        Map.of("name", "นายประสาน งานดี", "role", "เลขานุการ")),
                "pledge", "เราจะมาประชุมตรงเวลาและช่วยเหลือชุมชนทุกเดือน");
    }

    static Map<String, Object> planRow(String activity) {
        Map<String, Object> row = new HashMap<>();
        row.put("problem", "มาประชุมสาย");
        row.put("virtues", List.of("DISCIPLINE", "HONESTY"));
        row.put("indicators", "เริ่มประชุมตรงเวลา");
        row.put("activity", activity);
        row.put("startMonth", "2026-10");
        row.put("endMonth", "2026-12");
        row.put("budget", 0);
        row.put("owner", "ฝ่ายบริหาร");
        row.put("kpi", "ร้อยละ 90 ของการประชุมเริ่มตรงเวลา");
        return row;
    }

    /** The progress report against {@link #plan()}: its one activity done, with evidence. */
    static Map<String, Object> progress() {
        return Map.of("progressRows", List.of(Map.of("status", "DONE", "evidence", "บันทึกเวลาเริ่มประชุม 12 ครั้ง")),
                "progressSummary", "ดำเนินการครบตามแผน");
    }

    static Map<String, Object> lessons() {
        return Map.of("lessons", "ทุกคนภูมิใจ", "honour1Kind", "TEAM", "honour1Name", "ทีมจิตอาสาชั้น ป.6",
                "honour1Deed", "เก็บขยะรอบโรงเรียนทุกวันศุกร์");
    }

    static Map<String, Object> declaration() {
        return Map.of("declarationText", "โรงเรียนขอประกาศเจตนารมณ์เป็นองค์กรคุณธรรม", "postedAt", "หน้าอาคารเรียน",
                "declaredOn", "2025-11-01", "executivesSignedPercent", 100, "membersSignedPercent", 92);
    }

    /** Every step scored {@code score}; {@code achieved} of 10 activities reached their target. */
    static Map<String, Object> selfAssessment(int score, int achieved) {
        Map<String, Object> form = new HashMap<>();
        for (int step = 1; step <= 9; step++) {
            form.put("step" + step + "Score", Integer.toString(score));
            form.put("step" + step + "Evidence", "หลักฐานขั้นที่ " + step);
        }
        form.put("successActivitiesPlanned", 10);
        form.put("successActivitiesAchieved", achieved);
        form.put("behaviourChange", "4");
        return form;
    }
}
