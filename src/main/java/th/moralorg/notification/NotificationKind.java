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

    REGISTRATION_RECEIVED(Urgency.INFORMATION),
    REGISTRATION_ACCEPTED(Urgency.ACTION),
    CORRECTION_NEEDED(Urgency.ACTION),
    TASK_WAITING(Urgency.ACTION),
    SUBMISSION_RECEIVED(Urgency.INFORMATION),
    RETURNED_FOR_REVISION(Urgency.ACTION),
    PROVINCIAL_DECISION(Urgency.INFORMATION),
    NATIONAL_RESULT(Urgency.INFORMATION),
    SITE_VISIT_PREPARATION(Urgency.ACTION),
    EVENT_INVITATION(Urgency.ACTION),
    /** An organisation took part in (or was honoured at) an event: its certificates to download. */
    EVENT_PARTICIPATION(Urgency.INFORMATION),
    /** The PCO assigned a trainer to a request (seed 5.1.2): the trainer is asked to come. */
    TRAINER_ASSIGNMENT(Urgency.ACTION),
    /** The organisation hears which trainer was assigned to its request. */
    TRAINER_ASSIGNED(Urgency.INFORMATION),
    REASSESSMENT_DUE(Urgency.ACTION),
    PROVINCE_INBOX(Urgency.ACTION),
    SLA_REMINDER(Urgency.DEADLINE),
    ESCALATION(Urgency.DEADLINE),
    SUBCOMMITTEE_AGENDA(Urgency.ACTION),
    TASK_DIGEST(Urgency.ACTION);

    /**
     * How soon a mail should leave when several wait (after an SMTP outage): the outbox sends the
     * most urgent first, in this order (docs/operations.md "Faults").
     */
    public enum Urgency {
        /** A step's deadline passed or is near: reminders and escalations. */
        DEADLINE,
        /** Someone has something to do: a task, a correction, a link that expires, an invitation. */
        ACTION,
        /** Word that something happened: receipts and results. */
        INFORMATION
    }

    private final Urgency urgency;

    NotificationKind(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }

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
