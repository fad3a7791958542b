package th.moralorg.organisationcase;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the package comes back for revision (seed 5.2.2(2)–(3)), the self-assessment opens with
 * what the organisation sent last time and the remarks it must act on, instead of empty: the
 * organisation corrects, it does not type nine steps again. The values are ordinary process
 * variables until the form is completed; CaseFormListener then drops them as always.
 */
@Component("resumeSelfAssessment")
class ResumeSelfAssessmentListener implements TaskListener {

    /** Radio fields of self-assessment.form: Camunda Forms match their options as text. */
    private static final Set<String> CHOICES_AS_TEXT = Set.of("step1Score", "step2Score", "step3Score", "step4Score",
            "step5Score", "step6Score", "step7Score", "step8Score", "step9Score", "behaviourChange");
    private static final Set<String> NOT_FORM_FIELDS = Set.of("totalScore");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cases cases;
    private final CaseSteps steps;

    ResumeSelfAssessmentListener(Cases cases, CaseSteps steps) {
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = steps.caseOf(task.getProcessInstanceId()).caseNumber();
        cases.latestSubmission(caseNumber, "O02_O03").ifPresent(last -> {
            read(last).forEach((field, value) -> {
                if (value != null && !NOT_FORM_FIELDS.contains(field)) {
                    task.getExecution().setVariable(field, CHOICES_AS_TEXT.contains(field) ? value.toString() : value);
                }
            });
            cases.latestDecisionRemarks(caseNumber)
                    .ifPresent(remarks -> task.getExecution().setVariable("revisionRemarks", remarks));
        });
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored self-assessment is not JSON", e);
        }
    }
}
