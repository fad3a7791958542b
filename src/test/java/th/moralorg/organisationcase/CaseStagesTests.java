package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import th.moralorg.reference.WaitingOn;

/**
 * Every wait state of the organisation-case model says whom it waits on (docs/processes.md,
 * "Where a case stands"): a model edited in Modeler without it fails here, not on a case.
 */
class CaseStagesTests {

    private static final BpmnModelInstance MODEL =
            Bpmn.readModelFromFile(new File("bpmn/organisation-case/organisation-case.bpmn"));

    @Test
    void everyWaitStateOfTheModelHasAKnownWaitingOnProperty() {
        Map<String, CaseStages.Stage> stages = CaseStages.waitStates(MODEL);
        assertThat(stages).containsKeys("reviewIntent", "awaitCorrection", "recordOrientation", "selfAssess",
                "checkCompleteness", "awaitProvincialDecision", "awaitNationalResult", "recordNationalDatabase",
                "scheduleSiteVisit", "confirmSiteVisit", "awaitReassessment");
        // the fork and the join after provincial certification are no wait states
        assertThat(stages).doesNotContainKeys("nationalSteps", "nationalStepsDone", "nationalResultDone", "prepareSiteVisit");
        // after an event-based gateway the gateway is the wait state
        assertThat(stages).doesNotContainKeys("intentCorrected", "correctionWindowClosed");
        for (FlowNode node : MODEL.getModelElementsByType(FlowNode.class)) {
            if (CaseStages.isWaitState(node)) {
                assertThat(CaseStages.propertyValue(node)).as(node.getId() + " has a " + CaseStages.PROPERTY + " property")
                        .isPresent();
                assertThat(CaseStages.waitingOnProperty(node)).as(node.getId() + ": a code of WaitingOn").isPresent();
                assertThat(CaseStages.waitingOnProperty(node)).as(node.getId()).isNotEqualTo(java.util.Optional.of(WaitingOn.NOBODY));
            }
        }
    }

    @Test
    void aUserTasksPropertyAgreesWithWhoMayDoIt() {
        for (UserTask task : MODEL.getModelElementsByType(UserTask.class)) {
            WaitingOn expected = task.getCamundaCandidateGroups().contains("coordinators") ? WaitingOn.ORGANISATION
                    : WaitingOn.OFFICE;
            assertThat(CaseStages.waitingOnProperty(task)).as(task.getId()).contains(expected);
        }
        assertThat(CaseStages.waitingOnProperty(MODEL.getModelElementById("awaitProvincialDecision")))
                .contains(WaitingOn.SUBCOMMITTEE);
        assertThat(CaseStages.waitingOnProperty(MODEL.getModelElementById("awaitNationalResult")))
                .contains(WaitingOn.NATIONAL);
        assertThat(CaseStages.timersOf(MODEL.getModelElementById("awaitCorrection"))).containsExactly("correctionWindowClosed");
        assertThat(CaseStages.timersOf(MODEL.getModelElementById("awaitReassessment"))).containsExactly("awaitReassessment");
    }
}
