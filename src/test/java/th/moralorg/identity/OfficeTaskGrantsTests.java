package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/**
 * Office groups get no per-task grant (OfficeTaskAuthorizationProvider, issue 14), and isolation is
 * as strict as with them: an office works its own province's steps only, an organisation's
 * coordinator sees and completes only their organisation's step, through its per-task grant.
 */
@IntegrationTest
class OfficeTaskGrantsTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SHARED_VISION = CandidatesOnlyTests.SHARED_VISION;

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcClient jdbc;

    Api api;
    TaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new TaskFixtures(api, tasks, identity);
    }

    @Test
    void anOfficeStepHasNoPerTaskGroupGrantAndStaysInItsProvince() throws Exception {
        TaskFixtures.Case c = fixtures.atOfficeStep();
        Task review = c.task(tasks);
        assertThat(groupsGrantedOn(review)).isEmpty();

        // another province's officer neither sees nor works it
        String bangkok = DemoAccounts.BANGKOK_OFFICER;
        assertThat(visibleTaskIds(bangkok, "processInstanceBusinessKey=" + c.caseNumber() + "&maxResults=2000")).isEmpty();
        assertThat(api.get("/engine-rest/task/" + review.getId(), bangkok, TaskFixtures.DEMO).statusCode()).isEqualTo(404);
        assertThat(api.postJson("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"" + bangkok + "\"}",
                bangkok, TaskFixtures.DEMO).statusCode()).isIn(403, 404);

        // its own office sees it in the inbox and completes it on the group-wide grant alone
        String officer = DemoAccounts.CHIANG_MAI_OFFICER;
        assertThat(visibleTaskIds(officer, "candidateGroup=pco-50&unassigned=true&maxResults=2000")).contains(review.getId());
        assertThat(api.postJson("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"" + officer + "\"}",
                officer, TaskFixtures.DEMO).statusCode()).isEqualTo(204);
        assertThat(api.postJson("/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"}}}", officer, TaskFixtures.DEMO).statusCode())
                .isEqualTo(204);
        // the next office step has none either
        assertThat(groupsGrantedOn(c.task(tasks))).isEmpty();
    }

    @Test
    void aCoordinatorSeesAndCompletesOnlyTheirOrganisationsStep() throws Exception {
        TaskFixtures.Case mine = fixtures.atOrganisationStep();
        TaskFixtures.Case theirs = fixtures.atOrganisationStep();
        Task step = mine.task(tasks);
        Task other = theirs.task(tasks);
        String group = identity.createGroupQuery().groupMember(mine.coordinator()).singleResult().getId();
        assertThat(groupsGrantedOn(step)).containsExactly(group);

        String coordinator = mine.coordinator();
        String password = TaskFixtures.COORDINATOR_PASSWORD;
        assertThat(visibleTaskIds(coordinator, "maxResults=2000")).containsExactly(step.getId());
        assertThat(api.get("/engine-rest/task/" + other.getId(), coordinator, password).statusCode()).isIn(403, 404);
        assertThat(api.postJson("/engine-rest/task/" + other.getId() + "/claim", "{\"userId\":\"" + coordinator + "\"}",
                coordinator, password).statusCode()).isIn(403, 404);
        assertThat(api.postJson("/engine-rest/task/" + other.getId() + "/complete", SHARED_VISION, coordinator,
                password).statusCode()).isIn(403, 404);

        assertThat(api.postJson("/engine-rest/task/" + step.getId() + "/claim", "{\"userId\":\"" + coordinator + "\"}",
                coordinator, password).statusCode()).isEqualTo(204);
        var completed = api.postJson("/engine-rest/task/" + step.getId() + "/complete", SHARED_VISION, coordinator,
                password);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(step.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().taskId(other.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theMigrationRemovesOfficeGroupsPerTaskGrantsAndKeepsOrganisations() throws Exception {
        Task step = fixtures.atOrganisationStep().task(tasks);
        // as an earlier version of the application wrote them
        for (String group : List.of("pco-50", Roles.DRA, Roles.MANAGERS, "pco-50-head")) {
            Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.TASK);
            grant.setResourceId(step.getId());
            grant.addPermission(TaskPermissions.READ);
            grant.addPermission(TaskPermissions.TASK_WORK);
            authorizations.saveAuthorization(grant);
        }
        String organisation = groupsGrantedOn(step).stream().filter(g -> g.startsWith("org-")).findFirst().orElseThrow();

        jdbc.sql(new ClassPathResource("db/migration/V50__no_task_grants_for_office_groups.sql")
                .getContentAsString(StandardCharsets.UTF_8)).update();

        assertThat(groupsGrantedOn(step)).containsExactlyInAnyOrder(organisation, "pco-50-head");
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId("*")
                .groupIdIn("pco-50").count()).as("the group-wide grant stays").isEqualTo(1);
    }

    private List<String> groupsGrantedOn(Task task) {
        List<String> groups = new ArrayList<>();
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
                .forEach(a -> {
                    if (a.getGroupId() != null) {
                        groups.add(a.getGroupId());
                    }
                });
        return groups;
    }

    private List<String> visibleTaskIds(String user, String query) throws Exception {
        var answer = api.get("/engine-rest/task?" + query, user, user.contains("@") ? TaskFixtures.COORDINATOR_PASSWORD
                : TaskFixtures.DEMO);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode t : JSON.readTree(answer.body())) {
            ids.add(t.get("id").asText());
        }
        return ids;
    }
}
