package th.moralorg.review;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;

/**
 * What provincial-review.bpmn asks of our tables ({@code ${reviewSteps.officers(execution)}}): the
 * instance's own meeting row, never {@code reviewMeetingId} or {@code provinceCode} as variables.
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("reviewSteps")
public class ReviewSteps implements ProvinceOfInstance {

    private final ReviewMeetings meetings;

    ReviewSteps(ReviewMeetings meetings) {
        this.meetings = meetings;
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
