package th.moralorg.organisationcase;

import java.time.Instant;
import java.time.ZoneId;

import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.WaitingOn;

/**
 * Where a case stands now (V52): the wait state ({@code stage}, its BPMN id, and its Thai name),
 * whom it waits on, since when and until when ({@code dueAt}, null when nothing is due).
 * {@code waitingOn} is null only for a wait state whose model does not say.
 */
public record CasePosition(String caseNumber, String stage, String stageName, WaitingOn waitingOn, Instant since,
        Instant dueAt, boolean overdue) {

    /**
     * As people read it: whom it waits on (WaitingOn), " ตั้งแต่ 3 มีนาคม พ.ศ. 2569 กำหนด 17 มีนาคม พ.ศ. 2569 (เกินกำหนด)";
     * a closed case says since when it is closed.
     */
    public String text(ZoneId zone) {
        StringBuilder text = new StringBuilder(waitingOn == null ? stageName : waitingOn.thai());
        if (since != null) {
            text.append(waitingOn == WaitingOn.NOBODY ? " เมื่อ " : " ตั้งแต่ ").append(date(since, zone));
        }
        if (dueAt != null) {
            text.append(" กำหนด ").append(date(dueAt, zone));
        }
        if (overdue) {
            text.append(" (เกินกำหนด)");
        }
        return text.toString();
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? "" : ThaiDates.longDate(instant, zone);
    }
}
