package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.Browser;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.ProvinceTaskProbe;

/**
 * Another site's page cannot change anything through the browser's login (issue 9, item 5):
 * each state-changing request is tried as a browser sends it from another origin (refused,
 * nothing changed), from our own pages, and as an API client without a browser (both accepted).
 */
@IntegrationTest
class CrossSiteRequestTests {

    static final String DEMO = "demo";
    static final String EVIL = "https://evil.example";
    static final String REFUSAL = "เว็บไซต์อื่น";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    Browser browser;

    @BeforeEach
    void setUp() {
        browser = new Browser(port);
    }

    /** Where a request may come from: [Origin, Sec-Fetch-Site], null for a header not sent. */
    static final String[][] CROSS_SITE = {
            {EVIL, "cross-site"}, {EVIL, null}, {null, "cross-site"}, {null, "same-site"}, {"null", null},
            {"http://localhost:1", "same-origin"}};

    String[][] accepted() {
        return new String[][] {{browser.ownOrigin(), "same-origin"}, {null, "none"}, {null, null}};
    }

    @Test
    void anEvidenceUploadFromAnotherSiteIsRefused() throws Exception {
        String caseNumber = registeredCase();
        String path = "/api/cases/" + caseNumber + "/attachments";
        byte[] pdf = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.UTF_8);
        for (String[] from : CROSS_SITE) {
            HttpResponse<String> upload = browser.send(Browser.basic(
                    browser.multipart(path, "file", "a.pdf", pdf, from[0], from[1]), DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
            assertThat(upload.statusCode()).as(String.join(",", String.valueOf(from[0]), String.valueOf(from[1])))
                    .isEqualTo(403);
            assertThat(upload.body()).contains(REFUSAL);
        }
        assertThat(attachments(path)).isZero();
        for (String[] from : accepted()) {
            assertThat(browser.send(Browser.basic(browser.multipart(path, "file", "a.pdf", pdf, from[0], from[1]),
                    DemoAccounts.CHIANG_MAI_OFFICER, DEMO)).statusCode()).isEqualTo(201);
        }
        assertThat(attachments(path)).isEqualTo(3);
    }

    @Test
    void aDeploymentFromAnotherSiteIsRefused() {
        String name = "cross-site-probe-" + System.nanoTime();
        byte[] bpmn = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"probe\"><process id=\"" + name
                + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\"><startEvent id=\"s\"/></process></definitions>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            for (String[] from : CROSS_SITE) {
                HttpResponse<String> deploy = browser.send(Browser.basic(browser.multipart("/engine-rest/deployment/create",
                        "data", name + ".bpmn", bpmn, from[0], from[1]), DemoAccounts.ADMIN, DEMO));
                assertThat(deploy.statusCode()).isEqualTo(403);
                assertThat(deploy.body()).contains(REFUSAL);
            }
            assertThat(repository.createDeploymentQuery().deploymentName(name + ".bpmn").count()).isZero();
            for (String[] from : accepted()) {
                assertThat(browser.send(Browser.basic(browser.multipart("/engine-rest/deployment/create", "data",
                        name + ".bpmn", bpmn, from[0], from[1]), DemoAccounts.ADMIN, DEMO)).statusCode()).isEqualTo(200);
            }
            assertThat(repository.createDeploymentQuery().deploymentName(name + ".bpmn").count()).isEqualTo(3);
        } finally {
            repository.createDeploymentQuery().deploymentName(name + ".bpmn").list()
                    .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
        }
    }

    @Test
    void aFormPostFromAnotherSiteIsRefused() {
        // the sign-in form: another site must not sign a visitor in (CSRF token or not)
        Browser visitor = new Browser(port);
        visitor.send(visitor.get("/login"));
        String credentials = "username=" + DemoAccounts.BANGKOK_OFFICER + "&password=" + DEMO;
        for (String[] from : CROSS_SITE) {
            HttpResponse<String> refused = visitor.send(visitor.form("/login", credentials, from[0], from[1]));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains(REFUSAL);
        }
        assertThat(visitor.send(visitor.get("/camunda/api/admin/auth/user/default")).statusCode()).isNotEqualTo(200);
        assertThat(visitor.send(visitor.withOurCsrfToken(visitor.form("/login", credentials, visitor.ownOrigin(),
                "same-origin"))).statusCode()).isEqualTo(302);
        visitor.send(visitor.get("/camunda/app/tasklist/default/"));
        assertThat(visitor.send(visitor.get("/camunda/api/admin/auth/user/default")).statusCode()).isEqualTo(200);
    }

    @Test
    void taskVariablesFromAnotherSiteAreNotWritten() {
        String instance = ProvinceTaskProbe.start(repository, runtime, "10").getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        String path = "/engine-rest/task/" + task.getId() + "/variables/probe";
        try {
            for (String[] from : CROSS_SITE) {
                HttpResponse<String> put = browser.send(Browser.basic(
                        browser.json("PUT", path, "{\"value\":\"from elsewhere\",\"type\":\"String\"}", from[0], from[1]),
                        DemoAccounts.ADMIN, DEMO));
                assertThat(put.statusCode()).isEqualTo(403);
            }
            assertThat(tasks.getVariable(task.getId(), "probe")).isNull();
            for (String[] from : accepted()) {
                assertThat(browser.send(Browser.basic(browser.json("PUT", path,
                        "{\"value\":\"ours\",\"type\":\"String\"}", from[0], from[1]), DemoAccounts.ADMIN, DEMO))
                        .statusCode()).isEqualTo(204);
            }
            assertThat(tasks.getVariable(task.getId(), "probe")).isEqualTo("ours");
            // DELETE is state-changing too
            HttpResponse<String> delete = browser.send(Browser.basic(
                    browser.json("DELETE", path, "", EVIL, "cross-site"), DemoAccounts.ADMIN, DEMO));
            assertThat(delete.statusCode()).isEqualTo(403);
            assertThat(tasks.getVariable(task.getId(), "probe")).isEqualTo("ours");
        } finally {
            runtime.deleteProcessInstance(instance, "test over");
        }
    }

    @Test
    void theConfiguredPublicAddressCountsAsOwnAndReadingFromAnywhereStaysOpen() {
        // moralorg.web.allowed-origins defaults to MORALORG_BASE_URL (here http://localhost:8080), as behind a
        // proxy that does not pass the public host on
        String path = "/api/cases/MO-0000-00-0000/attachments";
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> publicAddress = browser.send(Browser.basic(
                browser.multipart(path, "file", "a.pdf", pdf, "http://localhost:8080", "same-origin"),
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
        assertThat(publicAddress.statusCode()).isEqualTo(404); // past the guard: no such case
        HttpRequest.Builder read = browser.get("/api/provinces").header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site");
        assertThat(browser.send(read).statusCode()).isEqualTo(200);
    }

    private String registeredCase() throws Exception {
        Map<String, Object> form = new java.util.HashMap<>(Map.of(
                "organisationName", "โรงเรียนข้ามไซต์ " + System.nanoTime(), "organisationType", "SCHOOL",
                "parentBody", "สำนักงานเขตพื้นที่การศึกษา", "address", "1 หมู่ 1 ตำบลสุเทพ", "provinceCode", "50",
                "executiveCount", 5, "memberCount", 50, "headName", "นางใจดี มีสุข", "coordinatorName", "นายประสาน งานดี",
                "coordinatorPosition", "ครู"));
        form.putAll(Map.of("coordinatorPhone", "081-234-5678", "coordinatorEmail", "cross-" + System.nanoTime() + "@example.org",
                "fiscalYear", FiscalYear.containing(java.time.LocalDate.now()).buddhistYear(), "consent", true));
        HttpResponse<String> registered = new Api(port).postJson("/api/registrations", JSON.writeValueAsString(form), null, null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return JSON.readTree(registered.body()).get("caseNumber").asText();
    }

    private int attachments(String path) throws Exception {
        HttpResponse<String> list = new Api(port).get(path, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        return JSON.readTree(list.body()).size();
    }
}
