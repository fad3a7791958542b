package th.moralorg.organisationcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import th.moralorg.identity.CurrentUser;
import th.moralorg.validation.FormValidationException;

/**
 * On completing any task of the case: validates the submitted form on the server (whatever the
 * browser sent), stores it as a new version in mo.form_submission, and keeps only routing
 * decisions as process variables. Invalid data rolls the whole completion back. On creating a task
 * that decides again each round, clears the last round's decision.
 */
@Component("caseFormListener")
class CaseFormListener implements TaskListener {

    /**
     * The only process variables a case keeps between steps: who and what it is, the officers'
     * routing decisions and the level decision's inputs and output. Whatever else a form sends
     * (anything can arrive through the REST API) is dropped once the form is stored, so no
     * submission can pre-set a later decision.
     */
    static final Set<String> KEPT = Stream.concat(Stream.of("caseNumber", "organisationId",
            "organisationName", "provinceCode", "provinceName", "fiscalYear", "coordinatorGroup", "coordinatorUserId",
            "previousCaseNumber", "intentDecision", "intentRemarks", "completenessDecision", "completenessRemarks",
            "selfAssessmentScore", "band1Minimum", "band2Minimum", "band3Minimum", "successRate", "proposedLevel"),
            RevisionParts.VARIABLES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * The officers' decisions that a task makes again each round (after a correction or a
     * revision): cleared when the task is created again, so its form opens blank and an earlier
     * round's remarks are never stored with this round's decision.
     */
    static final Map<String, List<String>> DECIDED_EACH_ROUND = Map.of(
            "reviewIntent", List.of("intentDecision", "intentRemarks"),
            "checkCompleteness", Stream.concat(Stream.of("completenessDecision", "completenessRemarks"),
                    RevisionParts.VARIABLES.stream()).toList());
    static final String REVIEW_INTENT = "reviewIntent";
    static final String SCHEDULE_SITE_VISIT = "scheduleSiteVisit";
    static final String CONFIRM_SITE_VISIT = "confirmSiteVisit";
    /** The reviewIntent form's confirmation (intent-review.form). */
    static final String CONFIRM_JOIN = "confirmJoinExisting";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cases cases;
    private final CaseSteps steps;
    private final SiteVisits siteVisits;

    CaseFormListener(Cases cases, CaseSteps steps, SiteVisits siteVisits) {
        this.cases = cases;
        this.steps = steps;
        this.siteVisits = siteVisits;
    }

    @Override
    public void notify(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            DECIDED_EACH_ROUND.getOrDefault(task.getTaskDefinitionKey(), List.of())
                    .forEach(task.getExecution()::removeVariable);
            return;
        }
        CaseForms.Spec spec = CaseForms.BY_TASK.get(task.getTaskDefinitionKey());
        if (spec == null) {
            throw new IllegalStateException("No form rules for task " + task.getTaskDefinitionKey());
        }
        // a reopened part's last version is prefilled as the task's own variables (ReopenPartListener);
        // what the completion sent to the execution (TaskService.complete) is what counts
        Map<String, Object> submitted = plain(task.getVariablesLocal());
        submitted.putAll(plain(task.getExecution().getVariables()));
        // what the task shows (CaseFactsListener) is ours, never part of what was submitted
        submitted.keySet().removeAll(CaseFactsListener.NAMES);
        FormFields fields = new FormFields(submitted);
        String caseNumber = steps.caseOf(task.getProcessInstanceId()).caseNumber();
        Map<String, Object> data = spec.read().read(fields, () -> cases.latestPlan(caseNumber)
                .map(PlanForms::activities).orElse(List.of()));
        switch (task.getTaskDefinitionKey()) {
            case REVIEW_INTENT -> requireConfirmedJoin(caseNumber, fields, data);
            case SCHEDULE_SITE_VISIT -> siteVisits.checkSchedule(fields, data);
            case CONFIRM_SITE_VISIT -> siteVisits.checkConfirmation(fields, data, caseNumber);
            default -> {
                // the form's own rules are all
            }
        }
        if (!fields.valid()) {
            throw new FormValidationException(fields.errors());
        }
        String user = CurrentUser.completing(task).orElse(null);
        cases.addSubmission(caseNumber, spec.formCode(), data, user);
        afterSubmission(task, caseNumber, data, user);
        keepOnlyCaseVariables(task, caseNumber);
    }

    /**
     * A registration that matched an organisation with other coordinators is accepted only with
     * the PCO's explicit confirmation that the sender is one of the organisation's coordinators:
     * accepting makes them a member of its group, who reads its earlier cases and evidence.
     */
    private void requireConfirmedJoin(String caseNumber, FormFields fields, Map<String, Object> data) {
        boolean confirmed = Boolean.TRUE.equals(fields.raw(CONFIRM_JOIN));
        var others = cases.otherCoordinators(caseNumber);
        if (others.isPresent() && "ACCEPT".equals(data.get("intentDecision")) && !confirmed) {
            fields.error(CONFIRM_JOIN, "องค์กรนี้มีผู้ประสานงานอยู่แล้ว (" + others.get() + ") กรุณายืนยันว่าผู้ส่งเป็น"
                    + "ผู้ประสานงานขององค์กรนี้ หรือเลือกขอให้แก้ไขข้อมูลหรือไม่รับเข้าร่วม");
        }
        if (others.isPresent()) {
            data.put(CONFIRM_JOIN, confirmed);
        }
    }

    private void keepOnlyCaseVariables(DelegateTask task, String caseNumber) {
        var execution = task.getExecution();
        execution.getVariableNames().stream().filter(name -> !KEPT.contains(name)).toList()
                .forEach(execution::removeVariable);
        Cases.CaseSummary c = cases.find(caseNumber).orElseThrow();
        execution.setVariable("caseNumber", c.caseNumber());
        execution.setVariable("organisationId", c.organisationId());
        execution.setVariable("organisationName", c.organisationName());
        execution.setVariable("provinceCode", c.provinceCode());
        execution.setVariable("fiscalYear", c.fiscalYear());
    }

    private void afterSubmission(DelegateTask task, String caseNumber, Map<String, Object> data, String user) {
        switch (task.getTaskDefinitionKey()) {
            case "reviewIntent" -> cases.addDecision(caseNumber, "INTENT_REVIEW", (String) data.get("intentDecision"),
                    null, (String) data.get("intentRemarks"), user);
            case "checkCompleteness" -> {
                cases.addDecision(caseNumber, "COMPLETENESS", (String) data.get("completenessDecision"), null,
                        (String) data.get("completenessRemarks"), user);
                keepRevisionParts(task, data);
            }
            case "selfAssess" -> scoreSelfAssessment(task, data);
            case "recordNationalDatabase" -> cases.recordNationalDatabaseEntry(caseNumber, user,
                    (String) data.get("nationalReference"));
            case SCHEDULE_SITE_VISIT -> siteVisits.schedule(caseNumber, data, user);
            case CONFIRM_SITE_VISIT -> siteVisits.confirm(caseNumber, data, user);
            default -> {
                // stored; nothing more to do
            }
        }
    }

    /**
     * The marked parts as validated (codes joined, one remark each) for the fork that reopens them;
     * none after COMPLETE, so a later REVISE of the subcommittee without parts means อ.02/อ.03.
     */
    private static void keepRevisionParts(DelegateTask task, Map<String, Object> data) {
        var execution = task.getExecution();
        RevisionParts.VARIABLES.forEach(execution::removeVariable);
        RevisionParts.VARIABLES.stream().filter(data::containsKey)
                .forEach(name -> execution.setVariable(name, data.get(name)));
    }

    /** The inputs of the DMN decision certification-level. */
    private void scoreSelfAssessment(DelegateTask task, Map<String, Object> data) {
        int[] scores = new int[CaseForms.STEPS];
        for (int step = 1; step <= CaseForms.STEPS; step++) {
            scores[step - 1] = ((Number) data.get("step" + step + "Score")).intValue();
        }
        Map<String, Object> inputs = levelInputs(scores, ((Number) data.get("successActivitiesPlanned")).intValue(),
                ((Number) data.get("successActivitiesAchieved")).intValue());
        var execution = task.getExecution();
        execution.setVariables(inputs);
        steps.notify(execution, CaseNotification.Kind.SUBMISSION_RECEIVED, Map.of("score", inputs.get("selfAssessmentScore")));
    }

    /**
     * What certification-level decides on, from the nine step scores (อ.02) and the activities
     * planned and achieved (อ.03): the total, each band's lowest step score (steps 1–3, 4–6, 7–9)
     * and the whole per cent achieved, rounded down.
     */
    static Map<String, Object> levelInputs(int[] scores, int planned, int achieved) {
        int total = java.util.Arrays.stream(scores).sum();
        return Map.of("selfAssessmentScore", total,
                "band1Minimum", Math.min(scores[0], Math.min(scores[1], scores[2])),
                "band2Minimum", Math.min(scores[3], Math.min(scores[4], scores[5])),
                "band3Minimum", Math.min(scores[6], Math.min(scores[7], scores[8])),
                "successRate", achieved * 100 / planned);
    }

    /** Json variables (Camunda Forms' lists) as plain lists and maps. */
    private static Map<String, Object> plain(Map<String, Object> variables) {
        Map<String, Object> plain = new HashMap<>();
        variables.forEach((name, value) -> plain.put(name, value instanceof SpinJsonNode json ? parse(json) : value));
        plain.values().removeIf(Objects::isNull);
        return plain;
    }

    private static Object parse(SpinJsonNode json) {
        try {
            return JSON.readValue(json.toString(), Object.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
