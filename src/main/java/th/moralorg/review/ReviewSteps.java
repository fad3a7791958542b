package th.moralorg.review;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;
import th.moralorg.messaging.CaseMessages;

/**
 * What provincial-review.bpmn asks of our tables ({@code ${reviewSteps.officers(execution)}}): the
 * instance's own meeting row, never {@code reviewMeetingId} or {@code provinceCode} as variables.
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("reviewSteps")
public class ReviewSteps implements ProvinceOfInstance {

    private final ReviewMeetings meetings;
    private final CaseMessages messages;

    ReviewSteps(ReviewMeetings meetings, CaseMessages messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    /**
     * The batches in which "แจ้งมติถึงแต่ละองค์กร" delivers the meeting's resolutions. The engine
     * reads a sequential multi-instance's collection again for every instance, so it is counted from
     * every resolution to deliver, not from those still waiting.
     */
    public List<Integer> decisionBatches(DelegateExecution execution) {
        return messages.batches(meetings.countToDeliver(meeting(execution.getProcessInstanceId()).id()));
    }

    /** {@code certifiedCount}, once every batch went: the certified cases that received their decision. */
    public void countCertified(DelegateExecution execution) {
        execution.setVariable("certifiedCount",
                meetings.countCertifiedDelivered(meeting(execution.getProcessInstanceId()).id()));
    }

    @Override
    public Optional<ProvinceYear> find(String processInstanceId) {
        return meetings.ofInstance(processInstanceId).map(m -> new ProvinceYear(m.provinceCode(), m.fiscalYear()));
    }

    ReviewMeetings.Meeting meeting(String processInstanceId) {
        return meetings.ofInstance(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No review meeting of process instance " + processInstanceId));
    }
}
