package th.moralorg.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/**
 * Every refusal of /api has one shape, RFC 9457 problem details with the Thai message as detail,
 * whoever refuses: a controller, a filter in front of it, or the error page; Camunda's APIs keep
 * Camunda's own shape, which its clients read.
 */
@IntegrationTest
class ApiProblemsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO = "demo";
    private static final String EVIL = "https://evil.example";

    @LocalServerPort
    int port;
    @Value("${moralorg.login-throttle.max-failures-per-account}")
    int perAccount;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyRefusalOfOurApiIsProblemDetailsWithAThaiDetail() throws Exception {
        Api api = new Api(port);

        JsonNode invalid = problem(api.postJsonFrom(randomAddress(), "/api/registrations", "{}"), 400);
        assertThat(invalid.path("errors").path("organisationName").asText()).matches(".*\\p{IsThai}.*");
        // an unreadable body, refused by Spring before our controller reads it
        problem(http.send(request("/api/registrations", null, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), ofString()), 400);

        // Camunda's Basic authentication, and our administration API's own
        problem(api.get("/api/cases/MO-2570-50-0001", null, null), 401);
        problem(api.get("/api/admin/notifications", null, null), 401);

        problem(api.get("/api/admin/notifications", DemoAccounts.CHIANG_MAI_OFFICER, DEMO), 403);
        problem(api.get("/api/provinces/10/trainers", DemoAccounts.CHIANG_MAI_OFFICER, DEMO), 403);
        problem(http.send(request("/api/registrations", null, null).header("Origin", EVIL)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                ofString()), 403);

        problem(api.get("/api/cases/MO-2570-50-9999", DemoAccounts.CHIANG_MAI_OFFICER, DEMO), 404);
        // a path nobody serves reaches Spring's error page
        problem(api.get("/api/no-such-thing", DemoAccounts.CHIANG_MAI_OFFICER, DEMO), 404);

        // an account with too many failed logins (each from another address)
        String account = "nobody." + System.nanoTime();
        for (int i = 0; i < perAccount; i++) {
            assertThat(http.send(request("/api/cases", account, "guess " + i).GET().build(), ofString()).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> locked = http.send(request("/api/cases", account, "one more").GET().build(), ofString());
        problem(locked, 429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void camundasApisKeepCamundasShape() throws Exception {
        HttpResponse<String> refused = http.send(request("/engine-rest/deployment/create", null, null)
                .header("Origin", EVIL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("type").asText()).isEqualTo("CrossSiteRequestRefused");
        assertThat(body.path("message").asText()).matches(".*\\p{IsThai}.*");
    }

    /** Asserts the answer is problem details of that status with a Thai title and detail; returns it. */
    private static JsonNode problem(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri().toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("type").asText()).isEqualTo("about:blank");
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).as(answer.uri().toString()).matches(".*\\p{IsThai}.*");
        assertThat(body.path("detail").asText()).as(answer.uri().toString()).matches(".*\\p{IsThai}.*");
        assertThat(body.has("message")).isFalse();
        return body;
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", randomAddress());
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }
}
