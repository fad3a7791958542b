package th.moralorg.organisationcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Where the organisation's own scores (อ.02) disagree with what it entered elsewhere (issue 12
 * item 3): a full score of step 1 with fewer signatures under the declaration (อ.05) than the rubric
 * asks, of step 2 with fewer members taking part in choosing the target virtues, of step 4 with fewer
 * planned activities achieved (อ.03). A flag for the reviewer in Thai, never a refusal: the
 * subcommittee judges. Shares from {@link CaseSettings}.
 */
@Component
class ScoreChecks {

    private static final int FULL = 2;

    private final CaseSettings settings;
    private final Cases cases;

    ScoreChecks(CaseSettings settings, Cases cases) {
        this.settings = settings;
        this.cases = cases;
    }

    /** The case's disagreements, from its latest forms; none before the self-assessment. */
    List<String> of(String caseNumber) {
        Map<String, Object> assessment = latest(caseNumber, "O02_O03");
        if (assessment.isEmpty()) {
            return List.of();
        }
        return disagreements(assessment, latest(caseNumber, "O05"), latest(caseNumber, "SHARED_VISION"));
    }

    List<String> disagreements(Map<String, Object> assessment, Map<String, Object> declaration,
            Map<String, Object> sharedVision) {
        int share = settings.fullScoreShare();
        List<String> flags = new ArrayList<>();
        Integer executives = number(declaration.get("executivesSignedPercent"));
        Integer members = number(declaration.get("membersSignedPercent"));
        if (full(assessment, 1) && (below(executives, share) || below(members, share))) {
            flags.add("ขั้นที่ 1 ให้คะแนน 2 แต่ อ.05 มีผู้บริหารลงนามร้อยละ " + shown(executives) + " สมาชิกลงนามร้อยละ "
                    + shown(members) + " (คะแนนเต็มตามเกณฑ์: ลงนามตั้งแต่ร้อยละ " + share + ")");
        }
        Integer participation = number(sharedVision.get("participationPercent"));
        if (full(assessment, 2) && below(participation, share)) {
            flags.add("ขั้นที่ 2 ให้คะแนน 2 แต่สัดส่วนผู้ร่วมกำหนดคุณธรรมเป้าหมายคือร้อยละ " + shown(participation)
                    + " (คะแนนเต็มตามเกณฑ์: ร่วมกำหนดตั้งแต่ร้อยละ " + share + ")");
        }
        Integer planned = number(assessment.get("successActivitiesPlanned"));
        Integer achieved = number(assessment.get("successActivitiesAchieved"));
        if (full(assessment, 4) && planned != null && planned > 0 && achieved != null
                && achieved * 100 / planned < settings.planSuccessShare()) {
            flags.add("ขั้นที่ 4 ให้คะแนน 2 แต่ อ.03 บรรลุเป้าหมาย " + achieved + " จาก " + planned + " กิจกรรม (ร้อยละ "
                    + achieved * 100 / planned + "; คะแนนเต็มตามเกณฑ์: ตั้งแต่ร้อยละ " + settings.planSuccessShare() + ")");
        }
        return flags;
    }

    private Map<String, Object> latest(String caseNumber, String formCode) {
        return cases.latestSubmission(caseNumber, formCode).map(Cases::fromJson).orElse(Map.of());
    }

    private static boolean full(Map<String, Object> assessment, int step) {
        Integer score = number(assessment.get("step" + step + "Score"));
        return score != null && score >= FULL;
    }

    private static boolean below(Integer value, int share) {
        return value == null || value < share;
    }

    private static String shown(Integer value) {
        return value == null ? "—" : value.toString();
    }

    private static Integer number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
