package th.moralorg.review;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "ส่งรายงานถึงกรมการศาสนา": {@code ProvincialReportSubmitted} starts {@code national-forwarding}. */
@Component
class SendProvincialReport implements JavaDelegate {

    static final String MESSAGE = "ProvincialReportSubmitted";
    private static final Logger log = LoggerFactory.getLogger(SendProvincialReport.class);

    private final RuntimeService runtime;
    private final ReviewMeetings meetings;

    SendProvincialReport(RuntimeService runtime, ReviewMeetings meetings) {
        this.runtime = runtime;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = ((Number) execution.getVariable("reviewMeetingId")).longValue();
        int round = execution.getVariable("reportRound") instanceof Number n ? n.intValue() + 1 : 1;
        execution.setVariable("reportRound", round);
        Map<String, Object> variables = new HashMap<>();
        variables.put("provinceCode", execution.getVariable("provinceCode"));
        variables.put("fiscalYear", execution.getVariable("fiscalYear"));
        variables.put("reviewMeetingId", meetingId);
        variables.put("reportRound", round);
        variables.put("reviewBusinessKey", execution.getProcessBusinessKey());
        variables.put("reportNote", execution.getVariable("reportNote"));
        variables.put("revisionNote", execution.getVariable("revisionNote"));
        runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey("NAT-" + meetingId + "-" + round)
                .setVariables(variables).correlateStartMessage();
        meetings.status(meetingId, "REPORTED");
        log.info("Review meeting {}: report round {} sent to DRA", meetingId, round);
    }
}
