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

    static Map<String, Object> plan() {
        return Map.of("planRows", List.of(Map.of("problem", "มาประชุมสาย", "virtue", "DISCIPLINE",
                "indicators", "เริ่มประชุมตรงเวลา", "activity", "ตรงต่อเวลา ทุกการประชุม", "period", "ต.ค.–ธ.ค.",
                "budget", 0, "owner", "ฝ่ายบริหาร", "kpi", "ร้อยละ 90 ของการประชุมเริ่มตรงเวลา")));
    }

    static Map<String, Object> progress() {
        return Map.of("activitiesPlanned", 4, "activitiesDone", 3, "progressSummary", "ดำเนินการแล้ว 3 กิจกรรม");
    }

    static Map<String, Object> lessons() {
        return Map.of("lessons", "ทุกคนภูมิใจ", "honoured", "ทีมจิตอาสาชั้น ป.6");
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
