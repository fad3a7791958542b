package th.moralorg.notification;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a notification is about. Each kind has a pair of templates under
 * {@code src/main/resources/mail/}: {@code <id>.txt} (first line: the subject) and
 * {@code <id>.html}. Ids are a contract with the BPMN models ({@code kind} input of
 * {@code notifyDelegate}).
 */
public enum NotificationKind {

    REGISTRATION_RECEIVED,
    REGISTRATION_ACCEPTED,
    CORRECTION_NEEDED,
    TASK_WAITING,
    SUBMISSION_RECEIVED,
    RETURNED_FOR_REVISION,
    PROVINCIAL_DECISION,
    NATIONAL_RESULT,
    SITE_VISIT_PREPARATION,
    EVENT_INVITATION,
    REASSESSMENT_DUE,
    PROVINCE_INBOX,
    SLA_REMINDER,
    ESCALATION,
    SUBCOMMITTEE_AGENDA,
    TASK_DIGEST;

    /** The kind's id as BPMN models and templates name it, e.g. {@code registration-received}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static NotificationKind of(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id().equals(id) || k.name().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown notification kind '" + id
                        + "'; known: " + Arrays.stream(values()).map(NotificationKind::id).toList()));
    }
}
