package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.Decision;
import th.moralorg.reference.EventStatus;
import th.moralorg.reference.EventType;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.Level;
import th.moralorg.reference.MeetingStatus;
import th.moralorg.reference.OutboxStatus;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;

/**
 * The lists office.html shows, GET /api/events and GET /api/review-meetings of a province and fiscal
 * year, with the province isolation of the other event and meeting endpoints. Fiscal year 2591, no
 * other test's.
 */
@IntegrationTest
class OfficeListsOverHttpTests {

    private static final int YEAR = 2591;
    private static final String DEMO = "demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void eventsOfAProvinceAndYearAreListedForItsOfficeAndDraOnly() {
        Api api = new Api(port);
        String query = "/api/events?provinceCode=50&fiscalYear=" + YEAR;
        assertThat(api.get(query, DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body()).isEqualTo("[]");
        HttpResponse<String> planned = api.postJson("/api/events", "{\"provinceCode\":\"50\",\"fiscalYear\":" + YEAR
                + ",\"eventType\":\"STUDY_VISIT\",\"title\":\"ศึกษาดูงานองค์กรคุณธรรมต้นแบบ\",\"plannedOn\":\""
                + LocalDate.now() + "\",\"place\":\"อำเภอแม่ริม\"}", DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        api.postJson("/api/events", "{\"provinceCode\":\"10\",\"fiscalYear\":" + YEAR + ",\"eventType\":\"ORIENTATION\","
                + "\"title\":\"ประชุมชี้แจงกรุงเทพมหานคร\",\"plannedOn\":\"" + LocalDate.now() + "\",\"place\":\"ศาลาว่าการ\"}",
                DemoAccounts.BANGKOK_OFFICER, DEMO);

        HttpResponse<String> own = api.get(query, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("ศึกษาดูงานองค์กรคุณธรรมต้นแบบ").contains("\"eventType\":\"STUDY_VISIT\"")
                .contains("\"status\":\"PLANNED\"").contains("\"invitedCount\":0").doesNotContain("กรุงเทพมหานคร")
                // each code with its Thai name, as th.moralorg.reference spells it
                .contains("\"eventTypeName\":\"" + EventType.STUDY_VISIT.thai() + "\"")
                .contains("\"statusName\":\"" + EventStatus.PLANNED.thai() + "\"");
        HttpResponse<String> dra = api.get(query, DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(dra.statusCode()).isEqualTo(200);
        assertThat(dra.body()).isEqualTo(own.body());
        assertThat(api.get("/api/events?provinceCode=50&fiscalYear=" + (YEAR + 1), DemoAccounts.DRA_OFFICER, DEMO).body())
                .isEqualTo("[]");

        HttpResponse<String> other = api.get(query, DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain("ศึกษาดูงาน");
        assertThat(api.get(query, null, null).statusCode()).isEqualTo(401);
        assertThat(api.get(query, "nobody.here", "wrong").statusCode()).isEqualTo(401);

        HttpResponse<String> bad = api.get("/api/events?provinceCode=99&fiscalYear=ปีนี้", DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("ไม่พบจังหวัดรหัส 99").contains("fiscalYear");
        assertThat(api.get("/api/events", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body()).contains("กรุณาระบุรหัสจังหวัด");
    }

    @Test
    void meetingsOfAProvinceAndYearAreListedForItsOfficeAndDraOnly() {
        Api api = new Api(port);
        new CaseStandIn(jdbc, runtime, repository).cases("50", YEAR, ReviewMeetings.AWAITING, 3, CaseStandIn.CASE_PROCESS);
        String query = "/api/review-meetings?provinceCode=50&fiscalYear=" + YEAR;
        assertThat(api.get(query, DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body()).isEqualTo("[]");
        HttpResponse<String> opened = api.postJson("/api/review-meetings",
                "{\"provinceCode\":\"50\",\"fiscalYear\":" + YEAR + "}", DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = jdbc.sql("select id from mo.review_meeting where province_code = '50' and fiscal_year = ?")
                .param(YEAR).query(Long.class).single();

        HttpResponse<String> own = api.get(query, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).startsWith("[{\"id\":" + id + ",").contains("\"status\":\"OPEN\"")
                .contains("\"itemsCount\":3").contains("\"decidedCount\":0").contains("\"openedBy\":\"dra.officer\"")
                .contains("\"statusName\":\"" + MeetingStatus.OPEN.thai() + "\"");
        HttpResponse<String> meeting = api.get("/api/review-meetings/" + id, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(meeting.body()).contains("\"statusName\":\"" + MeetingStatus.OPEN.thai() + "\"")
                .contains("\"resolution\":null").contains("\"resolutionName\":null");
        HttpResponse<String> dra = api.get(query, DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(dra.statusCode()).isEqualTo(200);
        assertThat(dra.body()).isEqualTo(own.body());
        assertThat(api.get("/api/review-meetings?provinceCode=10&fiscalYear=" + YEAR, DemoAccounts.DRA_OFFICER, DEMO)
                .body()).isEqualTo("[]");

        HttpResponse<String> other = api.get(query, DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain("\"id\":" + id);
        assertThat(api.get(query, null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = api.get("/api/review-meetings?provinceCode=50&fiscalYear=3000",
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("fiscalYear");
    }

    @Test
    void theNamesOfEveryCodeAreServedForThePagesChoicesWithoutLogin() {
        HttpResponse<String> names = new Api(port).get("/api/names", null, null);
        assertThat(names.statusCode()).isEqualTo(200);
        assertThat(names.body()).contains("\"eventTypes\":{\"ORIENTATION\":\"" + EventType.ORIENTATION.thai() + "\"")
                .contains("\"levels\":{\"1\":\"" + Level.ONE.thai() + "\"")
                .contains("\"decisions\":{\"CERTIFIED\":\"" + Decision.CERTIFIED.thai() + "\"")
                .contains("\"อ.05\":\"" + FormCode.DECLARATION.thai() + "\"")
                .contains("\"FAILED\":\"" + OutboxStatus.FAILED.thai() + "\"");
    }
}
