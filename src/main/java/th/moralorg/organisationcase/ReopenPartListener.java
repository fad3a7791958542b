package th.moralorg.organisationcase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a part of the package comes back for revision (seed 5.2.2(2)–(3), {@link RevisionParts}),
 * its form opens with what the organisation sent last time and the remark it must act on, instead
 * of empty: the organisation corrects, it does not type its plan again. The values are the task's
 * own variables, so parts reopened side by side never see or drop each other's; they end with the
 * task, and what is completed is stored as a new version (CaseFormListener).
 */
@Component("reopenPart")
class ReopenPartListener implements TaskListener {

    /** Radio fields of self-assessment.form: Camunda Forms match their options as text. */
    private static final Set<String> CHOICES_AS_TEXT = Set.of("step1Score", "step2Score", "step3Score", "step4Score",
            "step5Score", "step6Score", "step7Score", "step8Score", "step9Score", "behaviourChange");
    private static final Set<String> NOT_FORM_FIELDS = Set.of("totalScore");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cases cases;
    private final CaseSteps steps;

    ReopenPartListener(Cases cases, CaseSteps steps) {
        this.cases = cases;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        RevisionParts part = RevisionParts.ofTask(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("No revision part for task " + task.getTaskDefinitionKey()));
        String caseNumber = steps.caseOf(task.getProcessInstanceId()).caseNumber();
        // the self-assessment's first round has nothing to reopen; a reopened part always has a version
        // the plan is written on its own page (PlanPage), which opens with the last version itself
        if (part != RevisionParts.PLAN) {
            cases.latestSubmission(caseNumber, part.formCode()).ifPresent(last ->
                    formValues(part, read(last)).forEach(task::setVariableLocal));
        }
        if (part != RevisionParts.SELF_ASSESSMENT || cases.latestSubmission(caseNumber, part.formCode()).isPresent()) {
            remark(task, part, caseNumber);
        }
    }

    /** The part's own remark, or (a revision that named no part) the decision's remarks. */
    private void remark(DelegateTask task, RevisionParts part, String caseNumber) {
        Object own = task.getExecution().getVariable(part.remarkKey());
        String remark = own instanceof String s && !s.isBlank() ? s : cases.latestDecisionRemarks(caseNumber).orElse(null);
        if (remark != null) {
            task.setVariableLocal("revisionRemarks", remark);
        }
    }

    /** A stored version as its form's fields. */
    static Map<String, Object> formValues(RevisionParts part, Map<String, Object> stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        stored.forEach((field, value) -> {
            if (value == null || NOT_FORM_FIELDS.contains(field)) {
                return;
            }
            values.put(field, part == RevisionParts.SELF_ASSESSMENT && CHOICES_AS_TEXT.contains(field)
                    ? value.toString() : value);
        });
        return values;
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form is not JSON", e);
        }
    }
}
