package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * /office over HTTP: its forms need the CSRF token, a refused field comes back under its field
 * with 400, another province is refused (403) before anything is read or stored, and the old
 * address /office.html answers 301. Fiscal year 2596, no other test's (2592 is OfficeListsOverHttpTests' next year).
 */
@IntegrationTest
class OfficePageTests {

    private static final int YEAR = 2596;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOldAddressMovesForGoodWithItsQuery() throws Exception {
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo"));
        HttpResponse<String> old = officer.get("/office.html?year=" + YEAR + "&province=50");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/office?year=" + YEAR + "&province=50");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo"));
        HttpResponse<String> answer = officer.post("/office/events", event("50", "ไม่มีโทเคน"));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(events("ไม่มีโทเคน")).isZero();
    }

    @Test
    void aRefusedFieldComesBackUnderItsFieldAndAValidPlanRedirectsToThePage() throws Exception {
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo"));
        String token = officer.csrfFieldOf("/office?year=" + YEAR);

        HttpResponse<String> refused = officer.post("/office/events", event("50", "") + token);
        long before = events("ตลาดนัดความดี");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"error\" id=\"title-error\">กรุณากรอกชื่อกิจกรรม</p>")
                .contains("aria-describedby=\"title-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"ลานวัฒนธรรม\"").doesNotContain("id=\"place-error\"");
        assertThat(events("")).isZero();

        HttpResponse<String> planned = officer.post("/office/events", event("50", "ตลาดนัดความดี") + token);
        assertThat(planned.statusCode()).isEqualTo(303);
        assertThat(planned.headers().firstValue("Location").orElseThrow()).endsWith("/office?year=" + YEAR + "&province=50");
        assertThat(events("ตลาดนัดความดี")).isEqualTo(before + 1);
        HttpResponse<String> page = officer.get("/office?year=" + YEAR + "&province=50");
        assertThat(page.body()).contains("บันทึกแผนกิจกรรม").contains("ตลาดนัดความดี")
                .containsPattern("href=\"/events/\\d+\"");
    }

    @Test
    void anotherProvinceIsRefusedInThaiAndNothingIsStored() throws Exception {
        Pages bangkok = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo"));
        HttpResponse<String> page = bangkok.get("/office?year=" + YEAR + "&province=50");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain("id=\"planEvent\"");

        String token = bangkok.csrfFieldOf("/office?year=" + YEAR);
        HttpResponse<String> planned = bangkok.post("/office/events", event("50", "ของจังหวัดอื่น") + token);
        assertThat(planned.statusCode()).isEqualTo(403);
        assertThat(planned.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50");
        HttpResponse<String> meeting = bangkok.post("/office/meetings", "fiscalYear=" + YEAR + "&provinceCode=50" + token);
        assertThat(meeting.statusCode()).isEqualTo(403);
        assertThat(events("ของจังหวัดอื่น")).isZero();
        assertThat(jdbc.sql("select count(*) from mo.review_meeting where fiscal_year = ?").param(YEAR)
                .query(Long.class).single()).isZero();
    }

    private String event(String province, String title) {
        return "fiscalYear=" + YEAR + "&provinceCode=" + province + "&eventType=GOODNESS_MARKET&title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&plannedOn=" + LocalDate.now().plusDays(30)
                + "&place=" + URLEncoder.encode("ลานวัฒนธรรม", StandardCharsets.UTF_8);
    }

    private long events(String title) {
        return jdbc.sql("select count(*) from mo.provincial_event where title = ? and fiscal_year = ?")
                .params(title, YEAR).query(Long.class).single();
    }
}
