package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/** The meeting's page over HTTP: what a browser test cannot see (statuses, CSRF, the old address). */
@IntegrationTest
class MeetingPageTests {

    private static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;

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
                .cases("50", 2595, ReviewMeetings.AWAITING, 2, CaseStandIn.CASE_PROCESS);
        // the first case's self-assessment, sent again twice: the page shows the latest version's step scores
        for (int version = 2; version <= 3; version++) {
            jdbc.sql("insert into mo.form_submission (case_number, form_code, version, data) values (?, 'O02_O03', ?, ?::jsonb)")
                    .params(numbers.get(0), version, "{\"step1Score\": 2, \"step2Score\": 2, \"step3Score\": " + (version - 2)
                            + ", \"step4Score\": 2, \"step5Score\": 0, \"step6Score\": 2, \"step7Score\": 2,"
                            + " \"step8Score\": 2, \"step9Score\": 1, \"totalScore\": 14}").update();
        }
        HttpResponse<String> opened = new Api(port).postJson("/api/review-meetings",
                "{\"provinceCode\":\"50\",\"fiscalYear\":2595}", OFFICER, "demo");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.review_meeting where province_code = '50' and fiscal_year = 2595")
                .query(Long.class).single();
        String instance = meetings.find(id).orElseThrow().processInstanceId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("scheduleMeeting")
                .singleResult().getId(), Map.of("meetingDate", LocalDate.now().toString(),
                        "meetingPlace", "ศาลากลางจังหวัด", "meetingMembers", "ผู้ว่าราชการจังหวัด ประธาน"));

        Pages officer = new Pages(port, SignIn.as(port, OFFICER, "demo"));
        String page = "/meetings/" + id;
        HttpResponse<String> shown = officer.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Cache-Control")).as("not kept after signing out").hasValue("no-store");
        assertThat(shown.body()).contains(numbers.get(0)).contains("เชียงใหม่")
                .doesNotContain("<script>").doesNotContain("style=");
        // each case's package: its case page, and the อ.02 score of each step
        assertThat(shown.body()).contains("href=\"/cases/" + numbers.get(0) + "\"")
                .contains("href=\"/cases/" + numbers.get(1) + "\"")
                .contains("<li>ขั้นที่ 3: 1</li>").contains("<li>ขั้นที่ 9: 1</li>").doesNotContain("<li>ขั้นที่ 3: 0</li>")
                .contains("id=\"scores-" + numbers.get(1) + "\"");

        // the old static page's address, from mail already sent
        HttpResponse<String> old = officer.get("/meeting.html?id=" + id);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith(page);

        // a post without the page's token is refused, and nothing is recorded
        String resolution = "caseNumber=" + numbers.get(0) + "&resolution=CARRIED_OVER&certifiedLevel=&remarks="
                + "&caseNumber=" + numbers.get(1) + "&resolution=&certifiedLevel=&remarks=";
        assertThat(officer.post(page + "/resolutions", resolution).statusCode()).isEqualTo(403);
        assertThat(meetings.items(id)).allSatisfy(item -> assertThat(item.resolution()).isNull());

        // a refusal of the service is the page again with 400 and the message under the row's field
        HttpResponse<String> refused = officer.postFrom(page, page + "/resolutions", "caseNumber=" + numbers.get(0)
                + "&resolution=NOT_CERTIFIED&certifiedLevel=&remarks=&caseNumber=" + numbers.get(1)
                + "&resolution=&certifiedLevel=&remarks=");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"remarks-" + numbers.get(0) + "-error\"")
                .contains("กรุณากรอกข้อสังเกตของคณะอนุกรรมการ");

        // with the token the row is recorded and the browser goes back to the page (303)
        HttpResponse<String> saved = officer.postFrom(page, page + "/resolutions", resolution);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(meetings.items(id)).extracting(ReviewMeetings.Item::resolution).containsExactly("CARRIED_OVER", null);

        // another province's officer: 403 in Thai, and no minutes either
        Pages bangkok = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo"));
        HttpResponse<String> other = bangkok.get(page);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain(numbers.get(0));
        assertThat(bangkok.get(page + "/minutes").statusCode()).isEqualTo(403);
        assertThat(officer.get(page + "/minutes").statusCode()).isEqualTo(404);
        assertThat(officer.get("/meetings/999999999").statusCode()).isEqualTo(404);
    }
}
