package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * The second attack on issue 9: the engine's side doors (BPMN errors, comments, attachments,
 * profiles, password checks) and the login throttle's parsing, each tried as an outsider would.
 */
@IntegrationTest
class SideDoorsTests {

    private static final String PASSWORD = "Right-Passw0rd!";

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    Api api;
    TaskFixtures fixtures;
    final HttpClient http = HttpClient.newHttpClient();
    String user;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fixtures = new TaskFixtures(api, tasks, identity);
        user = "probe." + System.nanoTime();
        User u = identity.newUser(user);
        u.setFirstName("ทดสอบ");
        u.setLastName("ผู้ใช้");
        u.setPassword(PASSWORD);
        identity.saveUser(u);
    }

    @AfterEach
    void tearDown() {
        identity.deleteUser(user);
        jdbc.sql("delete from mo.request_count").update();
    }

    // --- task work beyond claim/complete ---------------------------------------------------

    @Test
    void officerCannotEndAnOrganisationsCaseWithBpmnError() throws Exception {
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        Task step = c.task(tasks);
        String pi = step.getProcessInstanceId();
        HttpResponse<String> answer = api.postJson("/engine-rest/task/" + step.getId() + "/bpmnError",
                "{\"errorCode\":\"x\",\"variables\":{\"notAFormField\":{\"value\":\"tampered\"}}}",
                DemoAccounts.CHIANG_MAI_OFFICER, TaskFixtures.DEMO);
        boolean alive = runtime.createProcessInstanceQuery().processInstanceId(pi).count() == 1;
        assertThat(answer.statusCode()).as("officer bpmnError on org step: " + answer.body() + " alive=" + alive)
                .isEqualTo(403);
        assertThat(alive).isTrue();
    }

    @Test
    void draCannotEndAnOfficesCaseWithBpmnError() throws Exception {
        TaskFixtures.Case c = fixtures.atOfficeStep();
        Task step = c.task(tasks);
        String pi = step.getProcessInstanceId();
        HttpResponse<String> answer = api.postJson("/engine-rest/task/" + step.getId() + "/bpmnError",
                "{\"errorCode\":\"x\"}", DemoAccounts.DRA_OFFICER, TaskFixtures.DEMO);
        boolean alive = runtime.createProcessInstanceQuery().processInstanceId(pi).count() == 1;
        assertThat(answer.statusCode()).as("DRA bpmnError on office step: " + answer.body() + " alive=" + alive)
                .isEqualTo(403);
        assertThat(alive).isTrue();
    }

    @Test
    void coordinatorCannotEndItsOwnCaseOrSetVariablesWithBpmnError() throws Exception {
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        Task step = c.task(tasks);
        String pi = step.getProcessInstanceId();
        HttpResponse<String> answer = api.postJson("/engine-rest/task/" + step.getId() + "/bpmnError",
                "{\"errorCode\":\"x\",\"variables\":{\"completenessDecision\":{\"value\":\"COMPLETE\"}}}",
                c.coordinator(), TaskFixtures.COORDINATOR_PASSWORD);
        boolean alive = runtime.createProcessInstanceQuery().processInstanceId(pi).count() == 1;
        assertThat(answer.statusCode()).as("coordinator bpmnError: " + answer.body() + " alive=" + alive)
                .isIn(400, 403);
        assertThat(alive).isTrue();
    }

    @Test
    void managerWritesNothingOnATask() throws Exception {
        TaskFixtures.Case c = fixtures.atOfficeStep();
        Task step = c.task(tasks);
        HttpResponse<String> comment = api.postJson("/engine-rest/task/" + step.getId() + "/comment/create",
                "{\"message\":\"manager was here\"}", DemoAccounts.MANAGER, TaskFixtures.DEMO);
        HttpResponse<String> attachment = api.postJson("/engine-rest/task/" + step.getId() + "/attachment/create",
                "{}", DemoAccounts.MANAGER, TaskFixtures.DEMO);
        HttpResponse<String> upload = api.multipart("/engine-rest/task/" + step.getId() + "/attachment/create", null,
                "x.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), DemoAccounts.MANAGER,
                TaskFixtures.DEMO);
        assertThat(comment.statusCode()).as("manager comment: " + comment.body() + " | attachment json "
                + attachment.statusCode() + " | upload " + upload.statusCode() + " " + upload.body()).isEqualTo(403);
    }

    @Test
    void aTasksOwnWorkerMayCommentAndNobodyElseTakesItFromThem() throws Exception {
        Task office = fixtures.atOfficeStep().task(tasks);
        HttpResponse<String> own = api.postJson("/engine-rest/task/" + office.getId() + "/comment/create",
                "{\"message\":\"โทรแจ้งองค์กรแล้ว\"}", DemoAccounts.CHIANG_MAI_OFFICER, TaskFixtures.DEMO);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        Task step = c.task(tasks);
        HttpResponse<String> officer = api.postJson("/engine-rest/task/" + step.getId() + "/comment/create",
                "{\"message\":\"officer was here\"}", DemoAccounts.CHIANG_MAI_OFFICER, TaskFixtures.DEMO);
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(tasks.getTaskComments(step.getId())).isEmpty();

        assertThat(api.postJson("/engine-rest/task/" + step.getId() + "/claim", "{\"userId\":\"" + c.coordinator() + "\"}",
                c.coordinator(), TaskFixtures.COORDINATOR_PASSWORD).statusCode()).isEqualTo(204);
        HttpResponse<String> unclaim = api.postJson("/engine-rest/task/" + step.getId() + "/unclaim", "{}",
                DemoAccounts.CHIANG_MAI_OFFICER, TaskFixtures.DEMO);
        assertThat(unclaim.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(step.getId()).singleResult().getAssignee()).isEqualTo(c.coordinator());
    }

    @Test
    void nobodyButTheSystemResolvesATaskOrHandsItToSomeoneElse() throws Exception {
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        Task step = c.task(tasks);
        HttpResponse<String> resolve = api.postJson("/engine-rest/task/" + step.getId() + "/resolve",
                "{\"variables\":{\"problemsToSolve\":{\"value\":\"planted by the office\"}}}",
                DemoAccounts.CHIANG_MAI_OFFICER, TaskFixtures.DEMO);
        assertThat(resolve.statusCode()).as(resolve.body()).isEqualTo(403);
        assertThat(runtime.getVariables(step.getProcessInstanceId())).doesNotContainKey("problemsToSolve");

        HttpResponse<String> handOver = api.postJson("/engine-rest/task/" + step.getId() + "/claim",
                "{\"userId\":\"" + DemoAccounts.BANGKOK_OFFICER + "\"}", c.coordinator(), TaskFixtures.COORDINATOR_PASSWORD);
        assertThat(handOver.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(step.getId()).singleResult().getAssignee()).isNull();
    }

    // --- password guessing ------------------------------------------------------------------

    @Test
    void identityVerifyIsNotAnUnthrottledPasswordOracle() throws Exception {
        int ok = 0;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> answer = api.postJson("/engine-rest/identity/verify",
                    "{\"username\":\"" + user + "\",\"password\":\"guess" + i + "\"}", DemoAccounts.BANGKOK_OFFICER,
                    TaskFixtures.DEMO);
            if (answer.statusCode() == 200) {
                ok++;
            }
        }
        HttpResponse<String> right = api.postJson("/engine-rest/identity/verify",
                "{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}", DemoAccounts.BANGKOK_OFFICER,
                TaskFixtures.DEMO);
        HttpResponse<String> one = api.postJson("/engine-rest/identity/verify",
                "{\"username\":\"" + user + "\",\"password\":\"x\"}", DemoAccounts.BANGKOK_OFFICER, TaskFixtures.DEMO);
        assertThat(ok).as("answered guesses: %d of 30, then right password: %s %s; one more: %s %s", ok,
                right.statusCode(), right.body(), one.statusCode(), one.body()).isLessThan(25);
    }

    @Test
    void accountLockHoldsForBasicHeadersJavaCannotDecode() throws Exception {
        for (int i = 0; i < 25; i++) {
            String token = Base64.getEncoder().encodeToString((user + ":guess" + i).getBytes(StandardCharsets.UTF_8));
            token = token.substring(0, 4) + "." + token.substring(4); // commons-codec skips it, java.util.Base64 throws
            HttpResponse<String> answer = rawBasic(randomAddress(), token);
            assertThat(answer.statusCode()).as("attempt %d", i).isIn(401, 429);
        }
        HttpResponse<String> right = basic(randomAddress(), user, PASSWORD);
        assertThat(right.statusCode()).as("after 25 failures on the account, the right password").isEqualTo(429);
    }

    @Test
    void accountLockHoldsForAnEncodedUsernameField() throws Exception {
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> answer = signIn(randomAddress(), "user%6Eame=" + user + "&password=guess" + i);
            assertThat(answer.statusCode()).as("attempt %d: %s", i, answer.body()).isIn(401, 429);
        }
        HttpResponse<String> right = signIn(randomAddress(), "username=" + user + "&password=" + PASSWORD);
        assertThat(right.statusCode()).as("after 25 failures on the account, the right password").isEqualTo(429);
    }

    @Test
    void parallelGuessesStayWithinTheAccountLimit() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String token = Base64.getEncoder().encodeToString((user + ":guess" + i).getBytes(StandardCharsets.UTF_8));
            HttpClient client = HttpClient.newHttpClient();
            all.add(client.sendAsync(HttpRequest.newBuilder(uri("/engine-rest/task?maxResults=1"))
                    .header("Authorization", "Basic " + token).header("X-Forwarded-For", randomAddress()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        long checked = all.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 401).count();
        assertThat(checked).as("passwords checked out of 80 parallel guesses (limit 20)").isLessThanOrEqualTo(20);
    }

    @Test
    void upperCaseApiAdminIsNoUnthrottledPasswordOracle() throws Exception {
        for (int i = 0; i < 25; i++) {
            String token = Base64.getEncoder().encodeToString((user + ":guess" + i).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/API/admin/notifications/outbox"))
                    .header("Authorization", "Basic " + token).header("X-Forwarded-For", randomAddress()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            // not our API's path (paths are case-sensitive): sent to sign in, the password never checked
            assertThat(answer.statusCode()).as("attempt %d", i).isIn(302, 401, 429);
        }
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> right = http.send(HttpRequest.newBuilder(uri("/API/admin/notifications/outbox"))
                .header("Authorization", "Basic " + token).header("X-Forwarded-For", randomAddress()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long counted = jdbc.sql("select count(*) from mo.request_count where counted_key = ?").param(user)
                .query(Long.class).single();
        assertThat(right.statusCode()).as("right password after 25 failures on /API/admin: %s; rows counted for the account: %d",
                right.body(), counted).isIn(302, 429);
    }

    @Test
    void anonymousCannotProbeTasksThroughTheFormFieldGuard() throws Exception {
        TaskFixtures.Case c = fixtures.atOfficeStep();
        Task step = c.task(tasks);
        String body = "{\"variables\":{\"nope\":{\"value\":1}}}";
        HttpResponse<String> real = api.postJson("/camunda//api/engine/engine/default/task/" + step.getId() + "/complete",
                body, null, null);
        HttpResponse<String> fake = api.postJson("/camunda//api/engine/engine/default/task/00000000-0000-0000-0000-000000000000/complete",
                body, null, null);
        assertThat(real.statusCode()).as("anonymous, real task: %s | unknown task: %d %s", real.body(), fake.statusCode(),
                fake.body()).isEqualTo(fake.statusCode());
    }

    @Test
    void managerUploadsNoAttachment() throws Exception {
        TaskFixtures.Case c = fixtures.atOfficeStep();
        Task step = c.task(tasks);
        String boundary = "----probe" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nx.html\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\ntext/html\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"x.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n--" + boundary + "--\r\n";
        String token = Base64.getEncoder().encodeToString((DemoAccounts.MANAGER + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(uri("/engine-rest/task/" + step.getId() + "/attachment/create"))
                .header("Authorization", "Basic " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as("manager attachment: " + upload.body()).isEqualTo(403);
    }

    @Test
    void coordinatorCannotRewriteItsOwnAddress() throws Exception {
        TaskFixtures.Case c = fixtures.atOrganisationStep();
        HttpResponse<String> answer = api.putJson("/engine-rest/user/" + c.coordinator() + "/profile",
                "{\"id\":\"" + c.coordinator() + "\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"victim@example.org\"}",
                c.coordinator(), TaskFixtures.COORDINATOR_PASSWORD);
        assertThat(answer.statusCode()).as("coordinator profile update: " + answer.body()).isEqualTo(403);
    }

    private HttpResponse<String> basic(String from, String userId, String password) throws Exception {
        return rawBasic(from, Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> rawBasic(String from, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/engine-rest/task?maxResults=1")).header("Authorization", "Basic " + token)
                .header("X-Forwarded-For", from).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String from, String form) {
        return SignIn.postForm(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port, form, from);
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
