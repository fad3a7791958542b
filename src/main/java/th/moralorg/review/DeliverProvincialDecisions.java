package th.moralorg.review;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.moralorg.messaging.CaseMessages;

/**
 * "แจ้งมติถึงแต่ละองค์กร": each resolution reaches its case as {@code ProvincialDecision}, with who
 * recorded it ({@code decidedBy}), so the case's decision names a person. One batch per instance of
 * the step (messaging.CaseMessages): the next resolutions not yet delivered, so that a batch retried
 * after a failure delivers nothing twice.
 */
@Component
class DeliverProvincialDecisions implements JavaDelegate {

    static final String MESSAGE = "ProvincialDecision";
    private static final Logger log = LoggerFactory.getLogger(DeliverProvincialDecisions.class);

    private final ReviewMeetings meetings;
    private final CaseMessages messages;
    private final ReviewSteps steps;

    DeliverProvincialDecisions(ReviewMeetings meetings, CaseMessages messages, ReviewSteps steps) {
        this.steps = steps;
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = steps.meeting(execution.getProcessInstanceId()).id();
        int delivered = 0;
        int notWaiting = 0;
        for (ReviewMeetings.Item item : meetings.undelivered(meetingId, messages.batchSize())) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("provincialDecision", item.resolution());
            variables.put("certifiedLevel", item.certifiedLevel());
            variables.put("provincialRemarks", item.remarks());
            variables.put("outstandingModel", item.outstandingModel());
            variables.put("reviewMeetingId", meetingId);
            variables.put("decidedBy", item.decidedBy());
            boolean waiting = messages.send(MESSAGE, item.caseNumber(), variables);
            meetings.delivered(meetingId, item.caseNumber(), waiting ? "DELIVERED" : "NOT_WAITING");
            delivered += waiting ? 1 : 0;
            notWaiting += waiting ? 0 : 1;
        }
        log.info("Review meeting {}: a batch of decisions delivered to {} cases, {} cases were not waiting", meetingId,
                delivered, notWaiting);
    }
}
