package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/** The meeting's page over HTTP: what a browser test cannot see (statuses, CSRF, the old address). */
@IntegrationTest
class MeetingPageTests {

    private static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    ReviewMeetings meetings;

    @Test
    void theMeetingPageAnswersItsProvinceOnlyTakesPostsWithTheTokenAndTheOldAddressMovesToIt() throws Exception {
        List<String> numbers = new CaseStandIn(jdbc, runtime, repository)
                .cases("50", 2587, ReviewMeetings.AWAITING, 2, CaseStandIn.CASE_PROCESS);
        HttpResponse<String> opened = new Api(port).postJson("/api/review-meetings",
                "{\"provinceCode\":\"50\",\"fiscalYear\":2587}", OFFICER, "demo");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.review_meeting where province_code = '50' and fiscal_year = 2587")
                .query(Long.class).single();
        String instance = meetings.find(id).orElseThrow().processInstanceId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("scheduleMeeting")
                .singleResult().getId(), Map.of("meetingDate", LocalDate.now().toString(),
                        "meetingPlace", "ศาลากลางจังหวัด", "meetingMembers", "ผู้ว่าราชการจังหวัด ประธาน"));

        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        HttpResponse<String> page = get(officer, "/meetings/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(numbers.get(0)).contains("เชียงใหม่")
                .doesNotContain("<script>").doesNotContain("style=");

        // the old static page's address, from mail already sent
        HttpResponse<String> old = get(officer, "/meeting.html?id=" + id);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/meetings/" + id);

        // a post without the page's token is refused, and nothing is recorded
        String resolution = "caseNumber=" + numbers.get(0) + "&resolution=CARRIED_OVER&certifiedLevel=&remarks="
                + "&caseNumber=" + numbers.get(1) + "&resolution=&certifiedLevel=&remarks=";
        assertThat(post(officer, "/meetings/" + id + "/resolutions", resolution).statusCode()).isEqualTo(403);
        assertThat(meetings.items(id)).allSatisfy(item -> assertThat(item.resolution()).isNull());

        // a refusal of the service is the page again with 400 and the message under the row's field
        String token = token(page.body());
        HttpResponse<String> refused = post(officer, "/meetings/" + id + "/resolutions", "_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&caseNumber=" + numbers.get(0)
                + "&resolution=NOT_CERTIFIED&certifiedLevel=&remarks=&caseNumber=" + numbers.get(1)
                + "&resolution=&certifiedLevel=&remarks=");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"remarks-" + numbers.get(0) + "-error\"")
                .contains("กรุณากรอกข้อสังเกตของคณะอนุกรรมการ");

        // with the token the row is recorded and the browser goes back to the page (303)
        HttpResponse<String> saved = post(officer, "/meetings/" + id + "/resolutions", "_csrf="
                + URLEncoder.encode(token(refused.body()), StandardCharsets.UTF_8) + "&" + resolution);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/meetings/" + id);
        assertThat(meetings.items(id)).extracting(ReviewMeetings.Item::resolution).containsExactly("CARRIED_OVER", null);

        // another province's officer: 403 in Thai, and no minutes either
        HttpClient bangkok = SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo");
        HttpResponse<String> other = get(bangkok, "/meetings/" + id);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain(numbers.get(0));
        assertThat(get(bangkok, "/meetings/" + id + "/minutes").statusCode()).isEqualTo(403);
        assertThat(get(officer, "/meetings/" + id + "/minutes").statusCode()).isEqualTo(404);
        assertThat(get(officer, "/meetings/999999999").statusCode()).isEqualTo(404);
    }

    private static String token(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertThat(m.find()).as("the page's form carries its CSRF field").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
