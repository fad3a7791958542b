package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.MoralOrganisationApplication;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * The one sign-in over HTTP (docs/access.md, "Sign-in"): the session it starts is what our pages,
 * our API and the webapps all take, it lives in PostgreSQL, a post needs its CSRF token, and API
 * clients with Basic stay stateless.
 */
@IntegrationTest
class SignInTests {

    private static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneSignInOpensOurPagesOurApiAndTheWebapps() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        assertThat(get(officer, "/office").statusCode()).isEqualTo(200);
        assertThat(get(officer, "/api/preparations/2569").statusCode()).isNotIn(401, 403);
        assertThat(get(officer, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> webappUser = get(officer, "/camunda/api/admin/auth/user/default");
        assertThat(webappUser.statusCode()).isEqualTo(200);
        assertThat(webappUser.body()).contains("\"userId\":\"" + OFFICER + "\"");
        assertThat(jdbc.sql("select count(*) from mo.spring_session where principal_name = ?").param(OFFICER)
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void withoutSignInPagesSendToTheSignInPageAndApisAnswer401WithoutABrowserPrompt() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String page : new String[] {"/office", "/meetings/1", "/camunda/app/cockpit/default/"}) {
            HttpResponse<String> away = get(anonymous, page);
            assertThat(away.statusCode()).as(page).isEqualTo(302);
            assertThat(away.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
        HttpResponse<String> fromAPage = anonymous.send(HttpRequest.newBuilder(uri("/api/cases/MO-0000-00-0000"))
                .header("Sec-Fetch-Mode", "cors").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromAPage.statusCode()).isEqualTo(401);
        assertThat(fromAPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> fromAClient = get(anonymous, "/engine-rest/task");
        assertThat(fromAClient.statusCode()).isEqualTo(401);
        assertThat(fromAClient.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgainInThaiAnd401() {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> refused = SignIn.post(client, port, "nobody.signin", "wrong", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "name=\"username\"", "value=\"nobody.signin\"");
    }

    @Test
    void theWebappsOwnLoginTakesNoPasswords() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(
                        uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + OFFICER + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isIn(401, 403);
        assertThat(get(anonymous, "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefusedAndWithItAccepted() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        get(officer, "/office");
        String body = "{\"provinceCode\":\"50\",\"fiscalYear\":2599,\"kind\":\"none\"}";
        HttpResponse<String> forged = officer.send(json("/api/events", body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        HttpResponse<String> real = officer.send(json("/api/events", body)
                .header(SignIn.CSRF_HEADER, SignIn.csrfToken(officer)).build(), HttpResponse.BodyHandlers.ofString());
        // past the token: the API itself judges the event (this one it refuses as invalid)
        assertThat(real.statusCode()).as(real.body()).isEqualTo(400);

        HttpResponse<String> signInWithoutToken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + OFFICER + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signInWithoutToken.statusCode()).isEqualTo(403);
    }

    @Test
    void apiClientsWithBasicGetNoSessionCookie() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((OFFICER + ":demo").getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"/engine-rest/task?maxResults=1", "/api/preparations/2569", "/api/cases"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isNotIn(401, 403);
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void signingOutFromAWebappEndsTheOneSession() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        String webappToken = get(officer, "/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN")
                .orElseThrow();
        HttpResponse<String> out = officer.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", webappToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isBetween(200, 204);
        assertThat(get(officer, "/office").statusCode()).isEqualTo(302);
        assertThat(get(officer, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
        assertThat(get(officer, "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    /**
     * The application restarted: another process on the same database, which was not running when
     * the person signed in, takes their session (as a second node behind a load balancer would).
     */
    @Test
    void aSessionSurvivesARestart() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        int secondPort;
        try (ServerSocket free = new ServerSocket(0)) {
            secondPort = free.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("restarted-node.log");
        Process restarted = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), MoralOrganisationApplication.class.getName(),
                "--server.port=" + secondPort, "--spring.profiles.active=demo",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.mail.host=" + environment.getProperty("spring.mail.host"),
                "--spring.mail.port=" + environment.getProperty("spring.mail.port"),
                "--moralorg.notification.sender-enabled=false", "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI page = URI.create("http://localhost:" + secondPort + "/camunda/app/tasklist/default/");
            HttpResponse<String> answer = untilUp(officer, page, restarted, log);
            assertThat(answer.statusCode()).isEqualTo(200);
            HttpResponse<String> user = officer.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + secondPort + "/camunda/api/admin/auth/user/default")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(user.body()).contains("\"userId\":\"" + OFFICER + "\"");
        } finally {
            restarted.destroy();
            if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                restarted.destroyForcibly();
            }
        }
    }

    /** The page's answer once the restarted process serves (it takes a while to start), at most three minutes. */
    private static HttpResponse<String> untilUp(HttpClient client, URI page, Process process, Path log) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new AssertionError("the restarted application stopped; see " + log);
            }
            try {
                return client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException notYet) {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            }
        }
        throw new AssertionError("the restarted application did not serve within three minutes; see " + log);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
