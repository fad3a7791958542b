package th.moralorg.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.Browser;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.ProvinceTaskProbe;

/** Server errors say nothing of their cause; another province's ids are refused, not errors (issue 9, item 9). */
@IntegrationTest
class QuietErrorsTests {

    static final String DEMO = "demo";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String WEBAPP = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    String chiangMaiInstance;
    Task chiangMaiTask;

    @BeforeEach
    void chiangMaiWork() {
        chiangMaiInstance = ProvinceTaskProbe.start(repository, runtime, "50").getId();
        chiangMaiTask = tasks.createTaskQuery().processInstanceId(chiangMaiInstance).singleResult();
    }

    @AfterEach
    void noChiangMaiWork() {
        runtime.deleteProcessInstance(chiangMaiInstance, "test over");
    }

    @Test
    void anotherProvincesIdsAreRefusedOnBothApisNeverAnError() {
        Browser bangkok = new Browser(port).signIn(DemoAccounts.BANGKOK_OFFICER, DEMO);
        Browser basic = new Browser(port);
        String task = "/task/" + chiangMaiTask.getId();
        String instance = "/process-instance/" + chiangMaiInstance;
        String[][] calls = {
                {"GET", task, null}, {"GET", task + "/variables", null}, {"GET", task + "/form-variables", null},
                {"POST", task + "/claim", "{\"userId\":\"officer.10\"}"}, {"POST", task + "/complete", "{}"},
                {"POST", task + "/submit-form", "{\"variables\":{}}"},
                {"POST", task + "/variables", "{\"modifications\":{\"x\":{\"value\":1}}}"},
                {"PUT", task + "/variables/x", "{\"value\":1}"},
                {"GET", instance, null}, {"GET", instance + "/variables", null},
                {"POST", instance + "/variables", "{\"modifications\":{\"eventId\":{\"value\":1}}}"},
                {"PUT", instance + "/variables/eventId", "{\"value\":1}"}};
        for (String[] call : calls) {
            String body = call[2] == null ? "" : call[2];
            HttpResponse<String> webapp = bangkok.send(bangkok.json(call[0], WEBAPP + call[1], body, null, null));
            assertThat(webapp.statusCode()).as("webapp " + call[0] + " " + call[1] + " " + webapp.body()).isIn(403, 404);
            HttpResponse<String> rest = basic.send(Browser.basic(basic.json(call[0], "/engine-rest" + call[1], body, null, null),
                    DemoAccounts.BANGKOK_OFFICER, DEMO));
            assertThat(rest.statusCode()).as("rest " + call[0] + " " + call[1] + " " + rest.body()).isIn(403, 404);
        }
        assertThat(tasks.createTaskQuery().taskId(chiangMaiTask.getId()).singleResult().getAssignee()).isNull();
        assertThat(runtime.getVariable(chiangMaiInstance, "x")).isNull();
    }

    @Test
    void aServerErrorOnEitherApiGivesAThaiMessageAndAnIdNotItsCause() throws Exception {
        Browser admin = new Browser(port).signIn(DemoAccounts.ADMIN, DEMO);
        Browser basic = new Browser(port);
        // the engine answers 500 with "execution nonexistent doesn't exist: execution is null"
        for (String[] call : new String[][] {{"GET", "/process-instance/nonexistent/variables", ""},
                {"POST", "/process-instance/nonexistent/variables", "{\"modifications\":{\"a\":{\"value\":1}}}"}}) {
            HttpResponse<String> webapp = admin.send(admin.json(call[0], WEBAPP + call[1], call[2], null, null));
            HttpResponse<String> rest = basic.send(Browser.basic(basic.json(call[0], "/engine-rest" + call[1], call[2], null, null),
                    DemoAccounts.ADMIN, DEMO));
            for (HttpResponse<String> answer : java.util.List.of(webapp, rest)) {
                assertThat(answer.statusCode()).isEqualTo(500);
                JsonNode error = json(answer.body());
                assertThat(error.get("errorId").asText()).matches("[0-9a-f]{8}");
                assertThat(error.get("message").asText()).isEqualTo(ServerErrors.MESSAGE + " " + error.get("errorId").asText());
                assertThat(answer.body()).doesNotContain("nonexistent", "execution", "exist");
            }
        }
    }

    @Test
    void aServerErrorOfOurOwnApiGivesAThaiMessageAndAnIdNotItsCause() throws Exception {
        HttpResponse<String> answer = new Api(port).get(FailingApiEndpoint.PATH, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = json(answer.body());
        assertThat(error.get("detail").asText()).isEqualTo(ServerErrors.MESSAGE + " " + error.get("errorId").asText());
        assertThat(error.get("status").asInt()).isEqualTo(500);
        assertThat(answer.body()).doesNotContain(FailingApiEndpoint.CAUSE, "IllegalStateException", "Exception");
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
