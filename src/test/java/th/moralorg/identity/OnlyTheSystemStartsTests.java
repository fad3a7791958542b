package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** Least privilege (issue 9, items 1 and 3): nobody but the system and administrators starts, correlates or rewrites. */
@IntegrationTest
class OnlyTheSystemStartsTests {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    Api api;
    TaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new TaskFixtures(api, tasks, identity);
    }

    static final List<String> PEOPLE = List.of(DemoAccounts.BANGKOK_OFFICER, DemoAccounts.CHIANG_MAI_OFFICER,
            DemoAccounts.DRA_OFFICER, DemoAccounts.MANAGER, DemoAccounts.DEMO_COORDINATOR);

    @Test
    void nobodyButAnAdministratorStartsAProcessOrCorrelatesAMessage() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("provincial-event")
                .latestVersion().singleResult().getId();
        String start = "{\"variables\":{\"provinceCode\":{\"value\":\"50\"}},\"businessKey\":\"EVENT-ATTACK\"}";
        List<String> paths = List.of("/engine-rest/process-definition/key/provincial-event/start",
                "/engine-rest/process-definition/key/provincial-event/submit-form",
                "/engine-rest/process-definition/" + definition + "/start",
                "/engine-rest/process-definition/" + definition + "/submit-form",
                "/engine-rest/process-definition/key/provincial-event/tenant-id/province-50/start",
                "/engine-rest/process-definition/key/provincial-event/tenant-id/province-50/submit-form",
                "/engine-rest/engine/default/process-definition/key/provincial-event/start",
                "/engine-rest/process-definition/key/provincial-event/start/");
        long instances = runtime.createProcessInstanceQuery().count();
        for (String user : PEOPLE) {
            for (String path : paths) {
                assertRefused(api.postJson(path, start, user, TaskFixtures.DEMO), user + " " + path);
            }
            assertRefused(api.postJson("/engine-rest/message", "{\"messageName\":\"IntentSubmitted\",\"businessKey\":"
                    + "\"MO-ATTACK\",\"processVariables\":{\"provinceCode\":{\"value\":\"50\"}}}", user,
                    TaskFixtures.DEMO), user + " start message");
            assertRefused(api.postJson("/engine-rest/message", "{\"messageName\":\"IntentCorrected\",\"businessKey\":"
                    + "\"MO-ATTACK\"}", user, TaskFixtures.DEMO), user + " intermediate message");
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        // an administrator passes the guard: the engine itself answers (nobody waits for this message)
        assertThat(api.postJson("/engine-rest/message", "{\"messageName\":\"IntentCorrected\",\"businessKey\":"
                + "\"MO-ATTACK\"}", DemoAccounts.ADMIN, TaskFixtures.DEMO).statusCode()).isEqualTo(400);
    }

    @Test
    void nobodyButAnAdministratorWritesVariablesOrChangesATask() throws Exception {
        Task task = fixtures.atOfficeStep().task(tasks);
        String instance = task.getProcessInstanceId();
        String t = "/engine-rest/task/" + task.getId();
        String one = "{\"value\":\"10\"}";
        String many = "{\"modifications\":{\"provinceCode\":{\"value\":\"10\"}}}";
        List<String[]> attacks = List.of(
                new String[] {"PUT", t + "/variables/provinceCode", one}, new String[] {"POST", t + "/variables", many},
                new String[] {"PUT", t + "/localVariables/provinceCode", one},
                new String[] {"POST", t + "/localVariables", many},
                new String[] {"PUT", "/engine-rest/process-instance/" + instance + "/variables/provinceCode", one},
                new String[] {"POST", "/engine-rest/process-instance/" + instance + "/variables", many},
                new String[] {"PUT", "/engine-rest/execution/" + instance + "/localVariables/provinceCode", one},
                new String[] {"POST", "/engine-rest/execution/" + instance + "/localVariables", many},
                new String[] {"PUT", t, "{\"name\":\"แก้ชื่องาน\"}"},
                new String[] {"POST", t + "/assignee", "{\"userId\":\"officer.10\"}"},
                new String[] {"POST", t + "/delegate", "{\"userId\":\"officer.10\"}"},
                new String[] {"POST", t + "/identity-links", "{\"groupId\":\"pco-10\",\"type\":\"candidate\"}"});
        int links = tasks.getIdentityLinksForTask(task.getId()).size();
        // the task's own facts (issue 11), set by the engine when it was created
        var localBefore = tasks.getVariablesLocal(task.getId());
        assertThat(localBefore).containsOnlyKeys("caseFacts", "caseFile");
        for (String user : PEOPLE) {
            for (String[] attack : attacks) {
                HttpResponse<String> answer = attack[0].equals("PUT")
                        ? api.putJson(attack[1], attack[2], user, TaskFixtures.DEMO)
                        : api.postJson(attack[1], attack[2], user, TaskFixtures.DEMO);
                assertThat(answer.statusCode()).as(user + " " + attack[0] + " " + attack[1] + ": " + answer.body())
                        .isIn(403, 404);
                assertThat(answer.body()).containsPattern("[\\u0E00-\\u0E7F]");
            }
        }
        Task after = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after.getName()).isEqualTo(task.getName());
        assertThat(after.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(task.getId())).hasSize(links);
        assertThat(runtime.getVariable(instance, "provinceCode")).isEqualTo("50");
        assertThat(tasks.getVariablesLocal(task.getId())).isEqualTo(localBefore);

        // administrators keep working
        assertThat(api.putJson(t + "/localVariables/adminNote", "{\"value\":\"ตรวจแล้ว\"}", DemoAccounts.ADMIN,
                TaskFixtures.DEMO).statusCode()).isEqualTo(204);
        assertThat(tasks.getVariableLocal(task.getId(), "adminNote")).isEqualTo("ตรวจแล้ว");
    }

    private static void assertRefused(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(403);
        assertThat(answer.body()).as(what).contains("\"AuthorizationException\"").containsPattern("[\\u0E00-\\u0E7F]");
    }
}
