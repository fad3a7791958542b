package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * /office over HTTP: its forms need the CSRF token, a refused field comes back under its field
 * with 400, another province is refused (403) before anything is read or stored, and the old
 * address /office.html answers 301. Fiscal year 2592, no other test's.
 */
@IntegrationTest
class OfficePageTests {

    private static final int YEAR = 2592;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOldAddressMovesForGoodWithItsQuery() throws Exception {
        HttpClient officer = SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        HttpResponse<String> old = send(officer, get("/office.html?year=" + YEAR + "&province=50"));
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/office?year=" + YEAR + "&province=50");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        HttpClient officer = SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        HttpResponse<String> answer = send(officer, post("/office/events", event("50", "ไม่มีโทเคน")));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(events("ไม่มีโทเคน")).isZero();
    }

    @Test
    void aRefusedFieldComesBackUnderItsFieldAndAValidPlanRedirectsToThePage() throws Exception {
        HttpClient officer = SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        String token = formToken(officer, "/office?year=" + YEAR);

        HttpResponse<String> refused = send(officer, post("/office/events", event("50", "") + token));
        long before = events("ตลาดนัดความดี");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"error\" id=\"title-error\">กรุณากรอกชื่อกิจกรรม</p>")
                .contains("aria-describedby=\"title-error\"").contains("aria-invalid=\"true\"")
                .contains("value=\"ลานวัฒนธรรม\"").doesNotContain("id=\"place-error\"");
        assertThat(events("")).isZero();

        HttpResponse<String> planned = send(officer, post("/office/events", event("50", "ตลาดนัดความดี") + token));
        assertThat(planned.statusCode()).isEqualTo(303);
        assertThat(planned.headers().firstValue("Location").orElseThrow()).endsWith("/office?year=" + YEAR + "&province=50");
        assertThat(events("ตลาดนัดความดี")).isEqualTo(before + 1);
        HttpResponse<String> page = send(officer, get("/office?year=" + YEAR + "&province=50"));
        assertThat(page.body()).contains("บันทึกแผนกิจกรรม").contains("ตลาดนัดความดี")
                .containsPattern("href=\"/events/\\d+\"");
    }

    @Test
    void anotherProvinceIsRefusedInThaiAndNothingIsStored() throws Exception {
        HttpClient bangkok = SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo");
        HttpResponse<String> page = send(bangkok, get("/office?year=" + YEAR + "&province=50"));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain("id=\"planEvent\"");

        String token = formToken(bangkok, "/office?year=" + YEAR);
        HttpResponse<String> planned = send(bangkok, post("/office/events", event("50", "ของจังหวัดอื่น") + token));
        assertThat(planned.statusCode()).isEqualTo(403);
        assertThat(planned.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50");
        HttpResponse<String> meeting = send(bangkok, post("/office/meetings", "fiscalYear=" + YEAR + "&provinceCode=50" + token));
        assertThat(meeting.statusCode()).isEqualTo(403);
        assertThat(events("ของจังหวัดอื่น")).isZero();
        assertThat(jdbc.sql("select count(*) from mo.review_meeting where fiscal_year = ?").param(YEAR)
                .query(Long.class).single()).isZero();
    }

    /** The masked token the page's forms carry, as a form field to append. */
    private String formToken(HttpClient client, String page) throws Exception {
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(send(client, get(page)).body());
        assertThat(field.find()).as("the page's forms carry the CSRF field").isTrue();
        return "&_csrf=" + java.net.URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
    }

    private String event(String province, String title) {
        return "fiscalYear=" + YEAR + "&provinceCode=" + province + "&eventType=GOODNESS_MARKET&title="
                + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8) + "&plannedOn=" + LocalDate.now().plusDays(30)
                + "&place=" + java.net.URLEncoder.encode("ลานวัฒนธรรม", StandardCharsets.UTF_8);
    }

    private long events(String title) {
        return jdbc.sql("select count(*) from mo.provincial_event where title = ? and fiscal_year = ?")
                .params(title, YEAR).query(Long.class).single();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
