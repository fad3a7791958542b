package th.moralorg.event;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.moralorg.messaging.CaseMessages;

/**
 * "ออกเกียรติบัตรและแจ้งการเข้าร่วม": a certificate of participation for each attending
 * organisation; after an orientation meeting, {@code OrientationAttended} to each attending case.
 */
@Component
class NotifyAttendance implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(NotifyAttendance.class);

    private final ProvincialEvents events;
    private final CaseMessages messages;
    private final EventSteps steps;

    NotifyAttendance(ProvincialEvents events, CaseMessages messages, EventSteps steps) {
        this.steps = steps;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProvincialEvents.Event event = steps.event(execution.getProcessInstanceId());
        long eventId = event.id();
        boolean orientation = "ORIENTATION".equals(event.eventType());
        int n = 0;
        for (ProvincialEvents.Participant participant : events.participants(eventId)) {
            if (!participant.attended()) {
                continue;
            }
            String delivery = null;
            if (orientation) {
                boolean delivered = messages.send("OrientationAttended", participant.caseNumber(),
                        Map.of("orientationEventId", eventId, "attendedOn", event.heldOn().toString()));
                delivery = delivered ? "DELIVERED" : "NOT_WAITING";
            }
            String certificate = "CERT-" + event.fiscalYear() + "-" + event.provinceCode() + "-" + eventId + "-"
                    + String.format("%03d", ++n);
            events.certify(eventId, participant.caseNumber(), certificate, delivery);
        }
        execution.setVariable("attendedCount", n);
        log.info("Event {} ({}): {} certificates of participation", eventId, event.eventType(), n);
    }
}
