package th.moralorg.organisationcase;

import java.time.Duration;
import java.time.MonthDay;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What administrators tune about the organisation's case (prefix {@code moralorg.case}).
 *
 * @param taskDue days each human task may take, by task id (due date = creation + duration)
 * @param defaultTaskDue for tasks not listed
 * @param setPasswordLinkValidity how long a coordinator's set-password link works
 * @param correctionWindow how long the organisation has to correct form อ.01
 * @param reassessmentInvitation the day in the last month of a fiscal year's end (CE calendar) when
 *        organisations are invited to re-assess for the next fiscal year (seed 5.2.1(5)–(6))
 * @param publicBaseUrl where people reach the application, for links in mail
 * @param fullScoreShare the per cent of executives and members a full score (2) of อ.02's steps 1
 *        and 2 stands for: signing the declaration, taking part in choosing the target virtues
 *        (domain-research.md: 80 in the programme's rubric)
 * @param planSuccessShare the per cent of planned activities achieved a full score of step 4 stands
 *        for [INF: 70, a province's practice in domain-research.md]
 */
@ConfigurationProperties("moralorg.case")
record CaseSettings(
        @DefaultValue Map<String, Duration> taskDue,
        @DefaultValue("P14D") Duration defaultTaskDue,
        @DefaultValue("P3D") Duration setPasswordLinkValidity,
        @DefaultValue("P30D") Duration correctionWindow,
        @DefaultValue("--09-01") String reassessmentInvitation,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("80") int fullScoreShare,
        @DefaultValue("70") int planSuccessShare) {

    MonthDay reassessmentDay() {
        return MonthDay.parse(reassessmentInvitation);
    }

    Duration dueAfter(String taskId) {
        return taskDue.getOrDefault(taskId, defaultTaskDue);
    }
}
