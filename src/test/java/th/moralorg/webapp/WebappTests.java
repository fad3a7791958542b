package th.moralorg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.SignIn;
import th.moralorg.support.IntegrationTest;

/** The front page, Welcome, Tasklist, Cockpit and Admin are served, and an officer can log in to Tasklist. */
@IntegrationTest
class WebappTests {

    @LocalServerPort
    int port;

    @Test
    void theWebappsAreServedToThoseSignedInAndSendOthersToSignIn() throws Exception {
        HttpClient signedIn = SignIn.as(port, "admin", "demo");
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String app : new String[] {"welcome", "tasklist", "cockpit", "admin"}) {
            HttpRequest page = HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).build();
            assertThat(signedIn.send(page, HttpResponse.BodyHandlers.ofString()).statusCode()).as(app).isEqualTo(200);
            HttpResponse<String> away = anonymous.send(page, HttpResponse.BodyHandlers.ofString());
            assertThat(away.statusCode()).as(app).isEqualTo(302);
            assertThat(away.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    @Test
    void theFrontPageLeadsOrganisationsAndOfficersToTheirWayIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> front = http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).contains("ลงทะเบียนแสดงความจำนง", "href=\"/register\"", "href=\"/kit\"",
                "href=\"/office\"");
        for (String link : new String[] {"/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/",
                "/register", "/kit", "/office", "/evidence", "/admin/notifications"}) {
            assertThat(front.body()).contains("href=\"" + link + "\"");
            assertThat(http.send(HttpRequest.newBuilder(uri(link)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void anOfficerLogsInToTasklistAndAStrangerDoesNot() throws Exception {
        assertThat(login("officer.50", "demo")).isEqualTo(302);
        // an unknown user: a wrong password of a demo user would delay its next login (throttling)
        assertThat(login("stranger", "demo")).isEqualTo(401);
    }

    private int login(String user, String password) {
        return SignIn.post(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), port, user, password, null)
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
