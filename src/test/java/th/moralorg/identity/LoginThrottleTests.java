package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestClock;

/**
 * Failed logins are counted per client address and per account, on every way in that checks a
 * password; beyond the limits the answer is 429 and the password is not even checked, until the
 * window ends. Clients come through the tests' trusted proxy (X-Forwarded-For from loopback).
 */
@IntegrationTest
class LoginThrottleTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Right-Passw0rd!";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Value("${moralorg.login-throttle.max-failures-per-address}")
    int perAddress;
    @Value("${moralorg.login-throttle.max-failures-per-account}")
    int perAccount;
    @Value("${moralorg.login-throttle.window}")
    Duration window;

    final HttpClient http = HttpClient.newHttpClient();
    String user;

    @BeforeEach
    void createUser() {
        user = "throttled." + System.nanoTime();
        User u = identity.newUser(user);
        u.setFirstName("ทดสอบ");
        u.setLastName("ผู้ใช้");
        u.setPassword(PASSWORD);
        identity.saveUser(u);
        Authorization tasklist = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        tasklist.setUserId(user);
        tasklist.setResource(Resources.APPLICATION);
        tasklist.setResourceId("tasklist");
        tasklist.addPermission(Permissions.ACCESS);
        authorizations.saveAuthorization(tasklist);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        authorizations.createAuthorizationQuery().userIdIn(user).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        identity.deleteUser(user);
    }

    @Test
    void anAddressWithTooManyFailedLoginsIsRefusedBeforeAnyPasswordCheck() throws Exception {
        String attacker = randomAddress();
        for (int i = 0; i < perAddress; i++) {
            String stranger = "nobody." + i;
            // every way in that checks a password counts
            int status = switch (i % 4) {
                case 0 -> basic(attacker, "/api/cases", stranger, "wrong").statusCode();
                case 1 -> basic(attacker, "/engine-rest/task?maxResults=1", stranger, "wrong").statusCode();
                case 2 -> basic(attacker, "/api/admin/notifications/outbox", stranger, "wrong").statusCode();
                default -> signIn(attacker, stranger, "wrong").statusCode();
            };
            assertThat(status).as("attempt %d", i + 1).isEqualTo(401);
        }
        int attemptsBefore = engineAttempts(user);

        HttpResponse<String> refused = basic(attacker, "/engine-rest/task?maxResults=1", user, "wrong again");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, window.toSeconds()));
        assertThat(JSON.readTree(refused.body()).get("message").asText()).startsWith("เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป");
        assertThat(engineAttempts(user)).as("the password was not checked").isEqualTo(attemptsBefore);
        // the right password is refused too, on every way in
        assertThat(basic(attacker, "/engine-rest/task?maxResults=1", user, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(basic(attacker, "/api/cases", user, PASSWORD).statusCode()).isEqualTo(429);
        HttpResponse<String> page = signIn(attacker, user, PASSWORD);
        assertThat(page.statusCode()).isEqualTo(429);
        // a person at the sign-in page reads the wait in Thai, without the form until it is over
        assertThat(page.body()).contains("เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป", "กรุณารอประมาณ")
                .doesNotContain("name=\"password\"");

        // from another address the same account works
        String other = randomAddress();
        assertThat(basic(other, "/engine-rest/task?maxResults=1", user, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(signIn(other, user, PASSWORD).statusCode()).isEqualTo(302);

        // and the attacker's window ends
        clock.advance(window);
        assertThat(basic(attacker, "/engine-rest/task?maxResults=1", user, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anAccountAttackedFromManyAddressesIsLockedOnlyUntilItsWindowEnds() throws Exception {
        for (int i = 0; i < perAccount; i++) {
            assertThat(basic(randomAddress(), "/api/cases", user, "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = basic(randomAddress(), "/engine-rest/task?maxResults=1", user, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(signIn(randomAddress(), user, PASSWORD).statusCode()).isEqualTo(429);

        // no administrator needed: the next window lets the owner in, and Camunda keeps no lock of its own
        clock.advance(window);
        HttpResponse<String> owner = basic(randomAddress(), "/engine-rest/task?maxResults=1", user, PASSWORD);
        assertThat(owner.statusCode()).as(owner.body()).isEqualTo(200);
        HttpResponse<String> webapp = signIn(randomAddress(), user, PASSWORD);
        assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(302);
    }

    private int engineAttempts(String userId) {
        return jdbc.sql("select coalesce(attempts_, 0) from act_id_user where id_ = ?").param(userId).query(Integer.class).single();
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private HttpResponse<String> basic(String from, String path, String userId, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("X-Forwarded-For", from).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sign-in page's form (302 when it signs the person in). */
    private HttpResponse<String> signIn(String from, String userId, String password) {
        return SignIn.post(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port, userId, password,
                from);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
