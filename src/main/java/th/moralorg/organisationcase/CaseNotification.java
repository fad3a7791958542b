package th.moralorg.organisationcase;

import java.util.Map;

/**
 * Something the organisation must hear about, published inside the transaction of the step
 * that causes it; the notification capability turns it into mail (docs/processes.md).
 *
 * @param occurrence what makes this notice one of its own (the activity instance that caused it):
 *        the same step retried gives the same notice, a second revision a new one
 * @param data what the mail needs beyond the case (a one-time link, remarks, a level)
 */
public record CaseNotification(Kind kind, String caseNumber, String organisationName, String recipientEmail,
        String occurrence, Map<String, Object> data) {

    public enum Kind {
        REGISTRATION_RECEIVED,
        REGISTRATION_ACCEPTED,
        CORRECTION_NEEDED,
        SUBMISSION_RECEIVED,
        REVISION_REQUESTED,
        PROVINCIAL_DECISION,
        NATIONAL_RESULT,
        SITE_VISIT_PREPARATION,
        REASSESSMENT_DUE
    }
}
