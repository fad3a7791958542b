package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/** The trainer pool's page over HTTP: statuses, the CSRF token, the old address, DRA for any province. */
@IntegrationTest
class TrainersPageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePoolsPageTakesOnlyPostsWithTheTokenAndTheOldAddressMovesToIt() {
        String name = "นายสมชาย ใจดี " + System.nanoTime();
        String form = "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&affiliation=x&expertise=y&contact=081-000-0000&active=true";
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo"));

        HttpResponse<String> old = officer.get("/trainers.html?province=50");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/provinces/50/trainers");

        assertThat(officer.post("/provinces/50/trainers", form).statusCode()).isEqualTo(403);
        assertThat(count(name)).isZero();

        HttpResponse<String> added = officer.postFrom("/provinces/50/trainers", "/provinces/50/trainers", form);
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(count(name)).isOne();

        HttpResponse<String> refused = officer.postFrom("/provinces/50/trainers", "/provinces/50/trainers", "name=&active=true");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"name-error\"").contains("กรุณากรอกชื่อ-นามสกุลวิทยากร");

        // another province's pool: 403 to Chiang Mai's officer, open to DRA
        assertThat(officer.get("/provinces/10/trainers").statusCode()).isEqualTo(403);
        long id = jdbc.sql("select id from mo.trainer where name = ?").param(name).query(Long.class).single();
        assertThat(officer.get("/provinces/50/trainers?edit=" + id).body()).contains("แก้ไขวิทยากร: " + name);
        Pages dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, "demo"));
        assertThat(dra.get("/provinces/50/trainers").body()).contains(name);
        assertThat(dra.get("/provinces/10/trainers?edit=" + id).statusCode()).isEqualTo(404);
    }

    private int count(String name) {
        return jdbc.sql("select count(*) from mo.trainer where name = ?").param(name).query(Integer.class).single();
    }
}
