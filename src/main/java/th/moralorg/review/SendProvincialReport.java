package th.moralorg.review;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;

/** "ส่งรายงานถึงกรมการศาสนา": {@code ProvincialReportSubmitted} starts {@code national-forwarding}. */
@Component
class SendProvincialReport implements JavaDelegate {

    static final String MESSAGE = "ProvincialReportSubmitted";
    private static final Logger log = LoggerFactory.getLogger(SendProvincialReport.class);

    private final RuntimeService runtime;
    private final ReviewMeetings meetings;
    private final ReviewSteps steps;
    private final AsSystem asSystem;

    SendProvincialReport(RuntimeService runtime, ReviewMeetings meetings, ReviewSteps steps, AsSystem asSystem) {
        this.steps = steps;
        this.asSystem = asSystem;
        this.runtime = runtime;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewMeetings.Meeting meeting = steps.meeting(execution.getProcessInstanceId());
        long meetingId = meeting.id();
        int round = execution.getVariable("reportRound") instanceof Number n ? n.intValue() + 1 : 1;
        execution.setVariable("reportRound", round);
        Map<String, Object> variables = new HashMap<>();
        variables.put("provinceCode", meeting.provinceCode());
        variables.put("fiscalYear", meeting.fiscalYear());
        variables.put("reviewMeetingId", meetingId);
        variables.put("reportRound", round);
        variables.put("reviewBusinessKey", execution.getProcessBusinessKey());
        variables.put("reportNote", execution.getVariable("reportNote"));
        variables.put("revisionNote", execution.getVariable("revisionNote"));
        asSystem.run(() -> runtime.createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey("NAT-" + meetingId + "-" + round).setVariables(variables)
                .correlateStartMessage());
        meetings.status(meetingId, "REPORTED");
        log.info("Review meeting {}: report round {} sent to DRA", meetingId, round);
    }
}
