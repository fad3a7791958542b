package th.moralorg.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.identity.CurrentUser;
import th.moralorg.messaging.CaseMessages;
import th.moralorg.notification.NotificationService;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.EventType;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;

/**
 * "ออกเกียรติบัตรและแจ้งการเข้าร่วม": a numbered certificate of participation for each attending
 * organisation and of honour for each organisation honoured ({@link EventCertificates}), a mail to
 * each with the link to download it; after an orientation meeting, {@code OrientationAttended} to
 * each attending case.
 */
@Component
class NotifyAttendance implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(NotifyAttendance.class);
    /** Who the register names as issuer when nobody signed in completed the step (a test, a job). */
    static final String SYSTEM = "system";

    private final ProvincialEvents events;
    private final CaseMessages messages;
    private final EventSteps steps;
    private final EventCertificates certificates;
    private final NotificationService notifications;
    private final Provinces provinces;

    NotifyAttendance(ProvincialEvents events, CaseMessages messages, EventSteps steps, EventCertificates certificates,
            NotificationService notifications, Provinces provinces) {
        this.steps = steps;
        this.events = events;
        this.messages = messages;
        this.certificates = certificates;
        this.notifications = notifications;
        this.provinces = provinces;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProvincialEvents.Event event = steps.event(execution.getProcessInstanceId());
        long eventId = event.id();
        boolean orientation = "ORIENTATION".equals(event.eventType());
        String by = issuer(execution);
        List<ProvincialEvents.Honour> honours = events.honours(eventId);
        int n = 0;
        for (ProvincialEvents.Participant participant : events.participants(eventId)) {
            boolean honoured = honours.stream().anyMatch(h -> participant.caseNumber().equals(h.caseNumber()));
            if (!participant.attended() && !honoured) {
                continue;
            }
            Map<String, String> links = new HashMap<>();
            if (participant.attended()) {
                n++;
                links.put("certificateLink", EventCertificates.path(participant.caseNumber(), certificates.issue(event,
                        DocumentKind.PARTICIPATION_CERTIFICATE, participant.caseNumber(), participant.organisationId(), by)
                        .id()));
            }
            if (honoured) {
                DocumentRegister.Issued honour = certificates.issue(event, DocumentKind.HONOUR_CERTIFICATE,
                        participant.caseNumber(), participant.organisationId(), by);
                links.put("honourLink", EventCertificates.path(participant.caseNumber(), honour.id()));
            }
            if (orientation && participant.attended()) {
                boolean delivered = messages.send("OrientationAttended", participant.caseNumber(),
                        Map.of("orientationEventId", eventId, "attendedOn", event.heldOn().toString()));
                events.delivered(eventId, participant.caseNumber(), delivered ? "DELIVERED" : "NOT_WAITING");
            }
            mail(event, participant, links);
        }
        execution.setVariable("attendedCount", n);
        log.info("Event {} ({}): {} certificates of participation, {} honours", eventId, event.eventType(), n,
                honours.size());
    }

    /** The organisation hears it took part (or was honoured), with the link to each certificate. */
    private void mail(ProvincialEvents.Event event, ProvincialEvents.Participant participant, Map<String, String> links) {
        Map<String, Object> model = new HashMap<>(links);
        model.put("organisationName", participant.organisationName());
        model.put("provinceName", provinces.findByCode(event.provinceCode()).map(Province::nameTh).orElse(""));
        model.put("eventName", event.title());
        model.put("eventType", ThaiNames.of(EventType.class, event.eventType()));
        model.put("eventDate", event.heldOn());
        model.put("link", links.getOrDefault("certificateLink", links.get("honourLink")));
        notifications.enqueue("event-participation", List.of(participant.coordinatorEmail()), participant.caseNumber(),
                "event-participation:" + participant.caseNumber() + ":" + event.id(), model);
    }

    private static String issuer(DelegateExecution execution) {
        return CurrentUser.of(execution.getProcessEngineServices().getIdentityService()).orElse(SYSTEM);
    }
}
