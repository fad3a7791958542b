package th.moralorg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.IntegrationTest;

/** The front page, Welcome, Tasklist, Cockpit and Admin are served, and an officer can log in to Tasklist. */
@IntegrationTest
class WebappTests {

    @LocalServerPort
    int port;

    @Test
    void theWebappsAreServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String app : new String[] {"welcome", "tasklist", "cockpit", "admin"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(app).isEqualTo(200);
        }
    }

    @Test
    void theFrontPageLeadsOrganisationsAndOfficersToTheirWayIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> front = http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).contains("ลงทะเบียนแสดงความจำนง", "href=\"/register.html\"", "href=\"/kit.html\"",
                "href=\"/office.html\"");
        for (String link : new String[] {"/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/",
                "/register.html", "/kit.html", "/office.html", "/evidence.html", "/notifications.html"}) {
            assertThat(front.body()).contains("href=\"" + link + "\"");
            assertThat(http.send(HttpRequest.newBuilder(uri(link)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void anOfficerLogsInToTasklistAndAStrangerDoesNot() throws Exception {
        assertThat(login("officer.50", "demo")).isEqualTo(200);
        // an unknown user: a wrong password of a demo user would delay its next login (throttling)
        assertThat(login("stranger", "demo")).isEqualTo(401);
    }

    private int login(String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        // the login form needs the CSRF token the webapps hand out with any page
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpRequest request = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
