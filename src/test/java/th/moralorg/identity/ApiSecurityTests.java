package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.preparation.Preparations;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.Browser;
import th.moralorg.support.ExpressionProbe;
import th.moralorg.support.IntegrationTest;
import th.moralorg.web.CachedBodyRequest;

/** The security baseline of the foundation issue, tried from outside over HTTP. */
@IntegrationTest
class ApiSecurityTests {

    private static final String DEMO = "demo";

    @LocalServerPort
    int port;
    private static final AtomicInteger YEARS = new AtomicInteger(2610);

    @Autowired
    Preparations preparations;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ExpressionProbe probe;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void restApiRequiresAuthentication() {
        assertThat(api.get("/engine-rest/task?maxResults=10", null, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/engine-rest/process-definition?maxResults=10", null, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/engine-rest/task?maxResults=10", "nobody", DEMO).statusCode()).isEqualTo(401);
        // a wrong password delays the user's next login (Camunda's throttling): use a user of its own
        User probeUser = identity.newUser("wrong.password.probe");
        probeUser.setPassword("right-password");
        identity.saveUser(probeUser);
        assertThat(api.get("/engine-rest/task?maxResults=10", probeUser.getId(), "wrong").statusCode())
                .isEqualTo(401);
        assertThat(api.get("/engine-rest/task?maxResults=10", DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyTheEngineListStaysOpen() {
        HttpResponse<String> engines = api.get("/engine-rest/engine", null, null);
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("default");
    }

    @Test
    void bangkokOfficerCannotReadChiangMaiTask() {
        Task chiangMai = preparationTask("50");

        assertThat(chiangMai.getTenantId()).isEqualTo("province-50");
        assertThat(tasks.getIdentityLinksForTask(chiangMai.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("pco-50"));
        assertThat(api.get("/engine-rest/task/" + chiangMai.getId(), DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/engine-rest/task?maxResults=100", DemoAccounts.BANGKOK_OFFICER, DEMO).body())
                .doesNotContain(chiangMai.getId());
        assertThat(api.postJson("/engine-rest/task/" + chiangMai.getId() + "/claim",
                "{\"userId\":\"officer.10\"}", DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(chiangMai.getId()).singleResult().getAssignee()).isNull();

        assertThat(api.get("/engine-rest/task/" + chiangMai.getId(), DemoAccounts.CHIANG_MAI_OFFICER, DEMO).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/engine-rest/task/" + chiangMai.getId(), DemoAccounts.DRA_OFFICER, DEMO).statusCode())
                .isEqualTo(200);
    }

    @Test
    void expressionInOrQueriesIsRefusedOnBothApis() {
        preparationTask("10");
        int before = probe.calls();
        String attack = "{\"orQueries\":[{\"assigneeExpression\":\"${expressionProbe.trip()}\"}]}";
        String escaped = "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{expressionProbe.trip()}\"}]}";
        String otherCase = "{\"OrQueries\":[{\"candidateGroupExpression\":\"#{expressionProbe.trip()}\"}]}";
        String nested = "{\"sorting\":[],\"orQueries\":[{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\","
                + "\"value\":\"${expressionProbe.trip()}\"}]}]}";

        Browser officer = new Browser(port).signIn(DemoAccounts.BANGKOK_OFFICER, DEMO);
        for (String body : new String[] {attack, escaped, otherCase, nested}) {
            HttpResponse<String> rest = api.postJson("/engine-rest/task?maxResults=10", body,
                    DemoAccounts.BANGKOK_OFFICER, DEMO);
            assertThat(rest.statusCode()).as(body).isEqualTo(400);
            assertThat(rest.body()).contains("นิพจน์");
            assertThat(api.postJson("/engine-rest/task/count", body, DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                    .isEqualTo(400);
            HttpResponse<String> webapp = officer.send(officer.json("POST",
                    "/camunda/api/engine/engine/default/task?maxResults=10", body, null, null));
            assertThat(webapp.statusCode()).as(body).isEqualTo(400);
            assertThat(webapp.body()).contains("นิพจน์");
            // without a login the body is not even read: Camunda's own filters refuse it
            assertThat(api.postJson("/camunda/api/engine/engine/default/task?maxResults=10", body, null, null)
                    .statusCode()).isEqualTo(401);
        }
        assertThat(probe.calls()).isEqualTo(before);
    }

    @Test
    void bodiesAreReadOnlyAfterLoginAndNeverAboveOneMebibyte() throws Exception {
        int before = probe.calls();
        // a query above 1 MiB with the expression at its very end
        String large = "{\"nameLike\":\"" + "x".repeat(CachedBodyRequest.MAX_BODY_BYTES)
                + "\",\"orQueries\":[{\"assigneeExpression\":\"${expressionProbe.trip()}\"}]}";
        // before login: refused for the missing login, not for the size (nobody parsed it)
        assertThat(api.postJson("/engine-rest/task", large, null, null).statusCode()).isEqualTo(401);
        assertThat(api.postJson("/api/cases/MO-0000-00-0000", large, null, null).statusCode()).isEqualTo(401);
        assertThat(api.postJson("/camunda/api/engine/engine/default/task", large, null, null).statusCode())
                .isEqualTo(401);
        // after login: 413 with a Thai message, on every API, declared length or not
        HttpResponse<String> rest = api.postJson("/engine-rest/task", large, DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(rest.statusCode()).isEqualTo(413);
        assertThat(rest.body()).contains("ขนาดใหญ่เกินกำหนด");
        assertThat(api.postJson("/api/cases/MO-0000-00-0000", large, DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(413);
        Browser officer = new Browser(port).signIn(DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(officer.send(officer.json("POST", "/camunda/api/engine/engine/default/task", large, null, null))
                .statusCode()).isEqualTo(413);
        var chunked = Browser.basic(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/engine-rest/task/count"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        large.getBytes(java.nio.charset.StandardCharsets.UTF_8)))), DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(officer.send(chunked).statusCode()).isEqualTo(413);
        assertThat(probe.calls()).isEqualTo(before);
        // a body just under the cap is still inspected and passed on
        String fits = "{\"nameLike\":\"" + "x".repeat(CachedBodyRequest.MAX_BODY_BYTES - 100) + "\"}";
        assertThat(api.postJson("/engine-rest/task/count", fits, DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theEngineItselfWouldRunTheExpression() {
        // Proves the attack above is real: only our guard stands between it and the engine.
        int before = probe.calls();
        tasks.createTaskQuery().or().taskAssigneeExpression("${expressionProbe.trip()}").endOr().list();
        assertThat(probe.calls()).isGreaterThan(before);
    }

    @Test
    void orQueriesWithoutExpressionsStillWork() {
        Task bangkok = preparationTask("10");
        HttpResponse<String> response = api.postJson("/engine-rest/task?maxResults=100",
                "{\"orQueries\":[{\"candidateGroup\":\"pco-10\",\"assignee\":\"officer.10\"}]}",
                DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(bangkok.getId());
    }

    @Test
    void adminSetupCannotCreateAnAdministrator() {
        // CVE-2026-77226 needs a camunda-admin group without direct members: make it so.
        identity.deleteMembership(DemoAccounts.ADMIN, Roles.ADMINISTRATORS);
        try {
            String body = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\","
                    + "\"email\":\"i@example.org\"},\"credentials\":{\"password\":\"Intruder-2026!\"}}";
            for (String path : new String[] {"/camunda/api/admin/setup/default/user/create",
                    "/camunda/api/admin//setup/default/user/create",
                    "/camunda/api/admin/setup;x=1/default/user/create",
                    "/camunda/api/admin/%73etup/default/user/create",
                    "/camunda/api/admin/SETUP/default/user/create"}) {
                HttpResponse<String> response = api.postJson(path, body, null, null);
                assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(400, 499);
            }
            // encoded more than once: our guard itself refuses them, whatever a later decoder would do
            for (String path : new String[] {"/camunda/api/admin/setup%252Fdefault/user/create",
                    "/camunda/api/admin/%2573etup/default/user/create",
                    "/camunda/api/admin/%252573etup/default/user/create",
                    "/camunda/api/admin/x%252F..%252Fsetup/default/user/create",
                    "/camunda/api/admin/setup%253Bx=1/default/user/create"}) {
                HttpResponse<String> response = api.postJson(path, body, null, null);
                assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
                assertThat(response.body()).as(path).contains("ปิดการตั้งค่าผู้ดูแลระบบครั้งแรก");
            }
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
            assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count()).isZero();
        } finally {
            identity.createMembership(DemoAccounts.ADMIN, Roles.ADMINISTRATORS);
        }
    }

    /** A fresh preparation task of the province, opened the one way the application opens it (for its row). */
    private Task preparationTask(String provinceCode) {
        FiscalYear year = new FiscalYear(YEARS.getAndIncrement());
        preparations.open(year, provinceCode, "test");
        return tasks.createTaskQuery().processInstanceBusinessKey(Preparations.businessKey(year, provinceCode))
                .singleResult();
    }
}
