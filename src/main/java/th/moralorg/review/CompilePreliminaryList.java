package th.moralorg.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "รวบรวมบัญชีรายชื่อเบื้องต้น" (seed 5.2.2(2)): the province's waiting cases onto the meeting's list. */
@Component
class CompilePreliminaryList implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CompilePreliminaryList.class);

    private final ReviewMeetings meetings;
    private final ReviewSteps steps;

    CompilePreliminaryList(ReviewMeetings meetings, ReviewSteps steps) {
        this.steps = steps;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewMeetings.Meeting meeting = steps.meeting(execution.getProcessInstanceId());
        long meetingId = meeting.id();
        String province = meeting.provinceCode();
        int year = meeting.fiscalYear();
        meetings.compile(meetingId, province, year);
        int count = meetings.items(meetingId).size();
        execution.setVariable("caseCount", count);
        if (count == 0) {
            meetings.status(meetingId, "CLOSED");
        }
        log.info("Review meeting {} of province {}: {} cases on the preliminary list", meetingId, province, count);
    }
}
