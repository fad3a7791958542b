package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.SignIn;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** A user's address is checked where an administrator types it, not found out at the first mail. */
@IntegrationTest
class UserAddressCheckTests {

    static final String USER = "officer.check.50";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    @AfterEach
    void removeUser() {
        identity.deleteUser(USER);
    }

    @Test
    void anAddressMailCouldNeverReachIsRefusedInThaiAndAGoodOneIsTaken() {
        Api api = new Api(port);
        HttpResponse<String> bad = api.postJson("/engine-rest/user/create", create("somchai@@culture"),
                DemoAccounts.ADMIN, "demo");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("ใช้ส่งจดหมายไม่ได้").contains("\"email\"");
        assertThat(identity.createUserQuery().userId(USER).count()).as("nothing created").isZero();

        assertThat(api.postJson("/engine-rest/user/create", create("somsri@culture.go.th"), DemoAccounts.ADMIN, "demo")
                .statusCode()).isEqualTo(204);
        assertThat(identity.createUserQuery().userId(USER).singleResult().getEmail()).isEqualTo("somsri@culture.go.th");

        HttpResponse<String> profile = api.putJson("/engine-rest/user/" + USER + "/profile",
                "{\"id\":\"" + USER + "\",\"firstName\":\"สมศรี\",\"lastName\":\"ใจดี\",\"email\":\"สมศรี@วัฒนธรรม\"}",
                DemoAccounts.ADMIN, "demo");
        assertThat(profile.statusCode()).isEqualTo(400);
        assertThat(identity.createUserQuery().userId(USER).singleResult().getEmail()).isEqualTo("somsri@culture.go.th");

        // no address at all stays allowed
        assertThat(api.putJson("/engine-rest/user/" + USER + "/profile",
                "{\"id\":\"" + USER + "\",\"firstName\":\"สมศรี\",\"lastName\":\"ใจดี\",\"email\":\"\"}",
                DemoAccounts.ADMIN, "demo").statusCode()).isEqualTo(204);
    }

    @Test
    void adminsOwnApiRefusesTheSameAddress() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        assertThat(SignIn.post(http, port, "admin", "demo", null).statusCode()).isEqualTo(302);
        HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/camunda/app/admin/default/")).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        // what Admin's "create new user" page sends
        HttpResponse<String> created = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/camunda/api/engine/engine/default/user/create"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(create("no-at-sign.culture.go.th"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("ใช้ส่งจดหมายไม่ได้");
        assertThat(identity.createUserQuery().userId(USER).count()).isZero();
    }

    private static String create(String email) {
        return "{\"profile\":{\"id\":\"" + USER + "\",\"firstName\":\"สมศรี\",\"lastName\":\"ใจดี\",\"email\":\"" + email
                + "\"},\"credentials\":{\"password\":\"Somsri-2570-check\"}}";
    }
}
