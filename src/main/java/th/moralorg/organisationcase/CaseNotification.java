package th.moralorg.organisationcase;

import java.util.Map;

/**
 * Something the organisation must hear about, published inside the transaction of the step
 * that causes it; the notification capability turns it into mail (docs/processes.md).
 *
 * @param data what the mail needs beyond the case (a one-time link token, remarks, a level)
 */
public record CaseNotification(Kind kind, String caseNumber, String organisationName, String recipientEmail,
        Map<String, Object> data) {

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
