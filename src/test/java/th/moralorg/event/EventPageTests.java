package th.moralorg.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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

/** The event's page over HTTP: statuses, the CSRF token, the old address, a crafted post refused. */
@IntegrationTest
class EventPageTests {

    private static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void theEventPageTakesOnlyPostsWithTheTokenAndInvitedCasesAndTheOldAddressMovesToIt() {
        List<String> accepted = new CaseStandIn(jdbc, runtime, repository)
                .cases("50", 2593, "ACCEPTED", 2, CaseStandIn.ORIENTATION_PROCESS);
        HttpResponse<String> planned = new Api(port).postJson("/api/events", "{\"provinceCode\":\"50\",\"fiscalYear\":2593,"
                + "\"eventType\":\"ORIENTATION\",\"title\":\"ประชุมชี้แจง\",\"plannedOn\":\"" + LocalDate.now()
                + "\",\"place\":\"ศาลากลางจังหวัด\"}", OFFICER, "demo");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.provincial_event where fiscal_year = 2593").query(Long.class).single();
        String page = "/events/" + id;
        Pages officer = new Pages(port, SignIn.as(port, OFFICER, "demo"));

        HttpResponse<String> old = officer.get("/event.html?id=" + id);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith(page);

        String form = "invite=" + accepted.get(0);
        assertThat(officer.post(page + "/invitations", form).statusCode()).isEqualTo(403);
        assertThat(invited(id)).isEmpty();

        HttpResponse<String> sent = officer.postFrom(page, page + "/invitations", form);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(invited(id)).containsExactly(accepted.get(0));

        // a case not invited cannot be marked as come: 400, its message under the list, nothing saved
        HttpResponse<String> stranger = officer.postFrom(page, page + "/attendance", "attended=" + accepted.get(1));
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("id=\"attended-error\"").contains("ไม่ได้รับเชิญเข้าร่วมกิจกรรมนี้");
        assertThat(jdbc.sql("select count(*) from mo.event_participant where event_id = ? and attended").param(id)
                .query(Integer.class).single()).isZero();

        Pages bangkok = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo"));
        assertThat(bangkok.get(page).statusCode()).isEqualTo(403);
        assertThat(officer.get("/events/999999999").statusCode()).isEqualTo(404);
    }

    /** Honours from the page's form (seed 5.2.2(7)): blank rows skipped, a wrong row refuses all, in Thai. */
    @Test
    void thePageRecordsHonoursWholeOrNotAtAll() {
        String invited = new CaseStandIn(jdbc, runtime, repository).cases("50", 2641, "ACCEPTED", 1,
                CaseStandIn.ORIENTATION_PROCESS).get(0);
        HttpResponse<String> planned = new Api(port).postJson("/api/events", "{\"provinceCode\":\"50\",\"fiscalYear\":2641,"
                + "\"eventType\":\"MORAL_ASSEMBLY\",\"title\":\"สมัชชาคุณธรรมจังหวัด\",\"plannedOn\":\"" + LocalDate.now()
                + "\",\"place\":\"ศาลากลางจังหวัด\"}", OFFICER, "demo");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.provincial_event where fiscal_year = 2641").query(Long.class).single();
        String page = "/events/" + id;
        Pages officer = new Pages(port, SignIn.as(port, OFFICER, "demo"));
        assertThat(officer.postFrom(page, page + "/invitations", "invite=" + invited).statusCode()).isEqualTo(303);

        // the second row names both an organisation and a person: nothing kept
        String wrong = "honourCase=" + invited + "&honourPerson=&honourReason=" + enc("เป็นแบบอย่างด้านความพอเพียง")
                + "&honourCase=" + invited + "&honourPerson=" + enc("นางสาวใจดี") + "&honourReason=" + enc("จิตอาสา")
                + "&honourCase=&honourPerson=&honourReason=";
        HttpResponse<String> refused = officer.postFrom(page, page + "/honours", wrong);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"honours-error\"").contains("ระบุองค์กร (เลขที่เรื่อง) หรือชื่อบุคคล")
                .contains("value=\"นางสาวใจดี\"");
        assertThat(honours(id)).isZero();

        String right = "honourCase=" + invited + "&honourPerson=&honourReason=" + enc("เป็นแบบอย่างด้านความพอเพียง")
                + "&honourCase=&honourPerson=" + enc("นางสาวใจดี, มีสุข") + "&honourReason=" + enc("จิตอาสา")
                + "&honourCase=&honourPerson=&honourReason=";
        HttpResponse<String> saved = officer.postFrom(page, page + "/honours", right);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(honours(id)).isEqualTo(2);
        assertThat(officer.get(page).body()).contains("นางสาวใจดี, มีสุข", "เป็นแบบอย่างด้านความพอเพียง");
        Pages bangkok = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo"));
        assertThat(bangkok.postFrom(page, page + "/honours", "honourCase=&honourPerson=x&honourReason=y").statusCode())
                .isEqualTo(403);
        assertThat(honours(id)).isEqualTo(2);
    }

    private long honours(long id) {
        return jdbc.sql("select count(*) from mo.event_honour where event_id = ?").param(id).query(Long.class).single();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> invited(long id) {
        return jdbc.sql("select case_number from mo.event_participant where event_id = ? order by case_number")
                .param(id).query(String.class).list();
    }
}
