package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** A task's completion keeps only the fields of its own form (issue 9, item 3). */
@IntegrationTest
class TaskFormFieldsTests {

    static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;

    Api api;
    TaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new TaskFixtures(api, tasks, identity);
    }

    @Test
    void fieldsOutsideTheTasksFormAreRefusedOnEveryCompletionPath() throws Exception {
        Task task = fixtures.atOfficeStep().task(tasks);
        String extra = "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"},\"provinceCode\":{\"value\":\"10\"},"
                + "\"eventId\":{\"value\":7}}}";
        // a doubled slash is refused before any of it is read, in Thai (the request firewall)
        HttpResponse<String> doubled = api.postJson("/engine-rest//task/" + task.getId() + "/complete/", extra, OFFICER,
                TaskFixtures.DEMO);
        assertThat(doubled.statusCode()).isEqualTo(400);
        assertThat(doubled.body()).contains("ที่อยู่ของคำขอไม่ถูกต้อง");
        for (String path : new String[] {"/engine-rest/task/" + task.getId() + "/complete",
                "/engine-rest/task/" + task.getId() + "/submit-form",
                "/engine-rest/engine/default/task/" + task.getId() + "/submit-form",
                "/engine-rest/task/" + task.getId() + "/complete/"}) {
            HttpResponse<String> refused = api.postJson(path, extra, OFFICER, TaskFixtures.DEMO);
            assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains(TaskFormFields.REFUSAL).contains("eventId, provinceCode");
        }
        // any letter case of "variables", and a second "variables" member, are refused as well
        assertThat(api.postJson("/engine-rest/task/" + task.getId() + "/complete",
                "{\"VARIABLES\":{\"eventId\":{\"value\":7}}}", OFFICER, TaskFixtures.DEMO).statusCode()).isEqualTo(400);
        assertThat(api.postJson("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"}},\"variables\":{\"eventId\":{\"value\":7}}}",
                OFFICER, TaskFixtures.DEMO).statusCode()).isEqualTo(400);

        assertUntouched(task);

        HttpResponse<String> done = api.postJson("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"},\"intentRemarks\":{\"value\":\"ครบถ้วน\"}}}",
                OFFICER, TaskFixtures.DEMO);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void tasklistsOwnApiRefusesThemToo() throws Exception {
        Task task = fixtures.atOfficeStep().task(tasks);
        TasklistSession tasklist = new TasklistSession(port, OFFICER, TaskFixtures.DEMO);
        for (String action : new String[] {"submit-form", "complete"}) {
            HttpResponse<String> refused = tasklist.postJson("/camunda/api/engine/engine/default/task/" + task.getId()
                    + "/" + action, "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"},\"reviewMeetingId\":{\"value\":1}}}");
            assertThat(refused.statusCode()).as(action + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains(TaskFormFields.REFUSAL).contains("reviewMeetingId");
        }
        assertUntouched(task);
    }

    @Test
    void formFieldsAreCollectedThroughGroupsAndLists() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                [{"type":"text","text":"x"},{"type":"textfield","key":"a.b"},
                 {"type":"group","components":[{"type":"number","key":"inGroup"}]},
                 {"type":"group","path":"address","components":[{"type":"textfield","key":"street"}]},
                 {"type":"dynamiclist","path":"rows","components":[{"type":"textfield","key":"cell"}]}]""");
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        TaskFormFields.collect(json, keys);
        assertThat(keys).containsExactly("a", "inGroup", "address", "rows");
    }

    private void assertUntouched(Task task) {
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "provinceCode")).isEqualTo("50");
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "eventId")).isNull();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableNameIn("eventId", "reviewMeetingId").count()).isZero();
    }
}
