package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** Separation of duties (issue 9, item 4): only a task's candidates claim or complete it. */
@IntegrationTest
class CandidatesOnlyTests {

    static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;
    static final String SHARED_VISION = "{\"variables\":{\"problemsToSolve\":{\"value\":\"มาประชุมสาย\"},"
            + "\"goodToDo\":{\"value\":\"ช่วยเหลือชุมชน\"},\"targetVirtues\":{\"value\":\"[\\\"DISCIPLINE\\\"]\","
            + "\"type\":\"Json\"},\"participationPercent\":{\"value\":85}}}";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;

    Api api;
    TaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new TaskFixtures(api, tasks, identity);
    }

    @Test
    void officersNeitherClaimNorCompleteAnOrganisationsStep() throws Exception {
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        Task step = c.task(tasks);
        assertThat(step.getTaskDefinitionKey()).isEqualTo("sharedVision");
        for (String user : new String[] {OFFICER, DemoAccounts.DRA_OFFICER}) {
            assertRefused(api.postJson("/engine-rest/task/" + step.getId() + "/claim", "{\"userId\":\"" + user + "\"}",
                    user, TaskFixtures.DEMO));
            assertRefused(api.postJson("/engine-rest/task/" + step.getId() + "/complete", SHARED_VISION, user,
                    TaskFixtures.DEMO));
            assertRefused(api.postJson("/engine-rest/engine/default/task/" + step.getId() + "/submit-form",
                    SHARED_VISION, user, TaskFixtures.DEMO));
        }
        // in Tasklist the officer reads the same Thai refusal
        HttpResponse<String> tasklist = new TasklistSession(port, OFFICER, TaskFixtures.DEMO)
                .postJson("/camunda/api/engine/engine/default/task/" + step.getId() + "/claim",
                        "{\"userId\":\"" + OFFICER + "\"}");
        assertThat(tasklist.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(tasklist.body()).contains(TaskWorkRefused.MESSAGE);
        assertOpenAndUnclaimed(step);

        // its coordinator may, and so may an administrator
        assertThat(api.postJson("/engine-rest/task/" + step.getId() + "/claim", "{\"userId\":\"" + c.coordinator() + "\"}",
                c.coordinator(), TaskFixtures.COORDINATOR_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(api.postJson("/engine-rest/task/" + step.getId() + "/unclaim", "{}", DemoAccounts.ADMIN,
                TaskFixtures.DEMO).statusCode()).isEqualTo(204);
        assertThat(api.postJson("/engine-rest/task/" + step.getId() + "/claim", "{\"userId\":\"admin\"}",
                DemoAccounts.ADMIN, TaskFixtures.DEMO).statusCode()).isEqualTo(204);
    }

    @Test
    void coordinatorsAndDraNeitherClaimNorCompleteAnOfficesStep() throws Exception {
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        tasks.complete(c.task(tasks).getId(), java.util.Map.of("problemsToSolve", "มาประชุมสาย", "goodToDo", "ช่วยเหลือ",
                "targetVirtues", org.camunda.spin.Spin.JSON("[\"DISCIPLINE\"]"), "participationPercent", 85));
        TaskFixtures.Case office = fixtures.atOfficeStep();
        Task review = office.task(tasks);
        String decision = "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"}}}";

        // even a grant given by mistake does not let a coordinator do the office's work
        String organisationGroup = identity.createGroupQuery().groupMember(c.coordinator()).singleResult().getId();
        Authorization mistake = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        mistake.setGroupId(organisationGroup);
        mistake.setResource(Resources.TASK);
        mistake.setResourceId(review.getId());
        mistake.addPermission(TaskPermissions.READ);
        mistake.addPermission(TaskPermissions.TASK_WORK);
        authorizations.saveAuthorization(mistake);
        try {
            assertRefused(api.postJson("/engine-rest/task/" + review.getId() + "/claim",
                    "{\"userId\":\"" + c.coordinator() + "\"}", c.coordinator(), TaskFixtures.COORDINATOR_PASSWORD));
            assertRefused(api.postJson("/engine-rest/task/" + review.getId() + "/complete", decision, c.coordinator(),
                    TaskFixtures.COORDINATOR_PASSWORD));
        } finally {
            authorizations.deleteAuthorization(mistake.getId());
        }
        // DRA is not a province office: it sees the task (all tenants) but may not work it
        assertRefused(api.postJson("/engine-rest/task/" + review.getId() + "/claim",
                "{\"userId\":\"dra.officer\"}", DemoAccounts.DRA_OFFICER, TaskFixtures.DEMO));
        assertRefused(api.postJson("/engine-rest/task/" + review.getId() + "/complete", decision,
                DemoAccounts.DRA_OFFICER, TaskFixtures.DEMO));
        assertOpenAndUnclaimed(review);

        // the province's officer claims and completes it
        assertThat(api.postJson("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"" + OFFICER + "\"}",
                OFFICER, TaskFixtures.DEMO).statusCode()).isEqualTo(204);
        assertThat(api.postJson("/engine-rest/task/" + review.getId() + "/complete", decision, OFFICER,
                TaskFixtures.DEMO).statusCode()).isEqualTo(204);
    }

    private void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.body()).contains(TaskWorkRefused.MESSAGE);
    }

    private void assertOpenAndUnclaimed(Task task) {
        Task now = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("still open").isNotNull();
        assertThat(now.getAssignee()).isNull();
    }
}
