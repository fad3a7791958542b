package th.moralorg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.validation.FormValidationException;

/** Seed 5.2.2(1),(7): an orientation meeting and a goodness market, with certificates per organisation (EventCertificateTests). */
@IntegrationTest
class ProvincialEventTests {

    private static final String DEMO = "demo";
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
    HistoryService history;

    Api api;
    CaseStandIn cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new CaseStandIn(jdbc, runtime, repository);
    }

    @Test
    void attendanceAtAnOrientationMeetingReachesEachAttendingCase() {
        List<String> accepted = cases.cases("50", 2584, "ACCEPTED", 3, CaseStandIn.ORIENTATION_PROCESS);
        List<String> other = cases.cases("50", 2584, "IN_PROGRESS", 1, CaseStandIn.ORIENTATION_PROCESS);

        HttpResponse<String> bad = api.postJson("/api/events", "{\"provinceCode\":\"50\",\"fiscalYear\":2584,"
                + "\"eventType\":\"PARTY\",\"title\":\"\",\"plannedOn\":\"31-12-2026\"}", OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("eventType").contains("กรุณากรอกชื่อกิจกรรม").contains("plannedOn")
                .contains("กรุณากรอกสถานที่");
        assertThat(api.postJson("/api/events", event("10", "ORIENTATION"), OFFICER, DEMO).statusCode()).isEqualTo(403);
        long id = plan(event("50", "ORIENTATION"));
        assertThat(api.get("/api/events/" + id, DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode()).isEqualTo(403);

        Task invite = task(id);
        assertThatThrownBy(() -> tasks.complete(invite.getId(), Map.of("invitationsConfirmed", true)))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("ยังไม่ได้เชิญองค์กรใด");
        HttpResponse<String> stranger = api.postJson("/api/events/" + id + "/invitations",
                "{\"caseNumbers\":[\"MO-2584-10-9999\"]}", OFFICER, DEMO);
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("MO-2584-10-9999");
        HttpResponse<String> invited = api.postJson("/api/events/" + id + "/invitations", "{\"caseStatus\":\"ACCEPTED\"}",
                OFFICER, DEMO);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(invited.body()).contains("\"invited\":3");
        tasks.complete(invite.getId(), Map.of("invitationsConfirmed", true));

        assertThat(api.putJson("/api/events/" + id + "/attendance", "{\"caseNumbers\":[\"" + other.get(0) + "\"]}",
                OFFICER, DEMO).statusCode()).isEqualTo(400);
        assertThat(api.putJson("/api/events/" + id + "/attendance", "{\"caseNumbers\":[\"" + accepted.get(0) + "\",\""
                + accepted.get(1) + "\"]}", OFFICER, DEMO).statusCode()).isEqualTo(200);
        Task attendance = task(id);
        assertThatThrownBy(() -> tasks.complete(attendance.getId(), Map.of("heldOn", LocalDate.now().plusDays(3).toString())))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("อนาคต")
                .hasMessageContaining("กรุณายืนยัน");
        String heldOn = LocalDate.now().minusDays(1).toString();
        tasks.complete(attendance.getId(), Map.of("heldOn", heldOn, "attendanceConfirmed", true,
                "eventSummary", "ชี้แจงกระบวนการ 9 ขั้นตอน", "participantCount", 6));

        for (String attended : accepted.subList(0, 2)) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(attended).count()).isZero();
            String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(attended)
                    .singleResult().getId();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("attendedOn").singleResult().getValue()).isEqualTo(heldOn);
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("orientationEventId").singleResult().getValue()).isEqualTo(id);
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(accepted.get(2)).count()).isOne();

        HttpResponse<String> certificates = api.get("/api/cases/" + accepted.get(0) + "/certificates", OFFICER, DEMO);
        assertThat(certificates.statusCode()).isEqualTo(200);
        assertThat(certificates.body()).contains("\"kind\":\"PARTICIPATION_CERTIFICATE\"").contains("ORIENTATION")
                .contains("/cases/" + accepted.get(0) + "/event-certificates/");
        assertThat(api.get("/api/cases/" + accepted.get(2) + "/certificates", OFFICER, DEMO).body()).isEqualTo("[]");
        assertThat(api.get("/api/cases/" + accepted.get(0) + "/certificates", DemoAccounts.BANGKOK_OFFICER, DEMO)
                .statusCode()).isEqualTo(403);
        assertThat(api.postJson("/api/events/" + id + "/invitations", "{\"caseStatus\":\"ACCEPTED\"}", OFFICER, DEMO)
                .statusCode()).isEqualTo(409);
    }

    @Test
    void aGoodnessMarketCertifiesWithoutWakingAnyCase() {
        List<String> numbers = cases.cases("50", 2585, "IN_PROGRESS", 2, CaseStandIn.ORIENTATION_PROCESS);
        long id = plan(event("50", "GOODNESS_MARKET").replace("2584", "2585"));
        api.postJson("/api/events/" + id + "/invitations", "{\"caseNumbers\":[\"" + numbers.get(0) + "\",\""
                + numbers.get(1) + "\"]}", OFFICER, DEMO);
        tasks.complete(task(id).getId(), Map.of());
        api.putJson("/api/events/" + id + "/attendance", "{\"caseNumbers\":[\"" + numbers.get(0) + "\"]}", OFFICER, DEMO);
        tasks.complete(task(id).getId(), Map.of("heldOn", LocalDate.now().toString(), "attendanceConfirmed", true,
                "eventSummary", "ตลาดนัดความดี 5 ซุ้ม", "participantCount", 40));

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(0)).count()).isOne();
        assertThat(api.get("/api/cases/" + numbers.get(0) + "/certificates", DemoAccounts.DRA_OFFICER, DEMO).body())
                .contains("GOODNESS_MARKET");
        long organisation = jdbc.sql("select organisation_id from mo.organisation_case where case_number = ?")
                .param(numbers.get(0)).query(Long.class).single();
        assertThat(api.get("/api/organisations/" + organisation + "/certificates", OFFICER, DEMO).body())
                .contains("GOODNESS_MARKET").contains(numbers.get(0));
        assertThat(api.get("/api/organisations/" + organisation + "/certificates", DemoAccounts.BANGKOK_OFFICER, DEMO)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theCasesOfferedForInvitationAreTheEventProvincesOfTheYear() {
        List<String> accepted = cases.cases("50", 2587, "ACCEPTED", 2, CaseStandIn.ORIENTATION_PROCESS);
        List<String> working = cases.cases("50", 2587, "IN_PROGRESS", 1, CaseStandIn.ORIENTATION_PROCESS);
        String withdrawn = cases.cases("50", 2587, "ACCEPTED", 1, CaseStandIn.ORIENTATION_PROCESS).get(0);
        cases.withdraw(withdrawn);
        String bangkok = cases.cases("10", 2587, "ACCEPTED", 1, CaseStandIn.ORIENTATION_PROCESS).get(0);
        String nextYear = cases.cases("50", 2588, "ACCEPTED", 1, CaseStandIn.ORIENTATION_PROCESS).get(0);
        long id = plan(event("50", "ORIENTATION").replace("2584", "2587"));
        assertThat(api.postJson("/api/events/" + id + "/invitations", "{\"caseNumbers\":[\"" + accepted.get(1) + "\"]}",
                OFFICER, DEMO).statusCode()).isEqualTo(200);

        HttpResponse<String> eligible = api.get("/api/events/" + id + "/eligible-cases", OFFICER, DEMO);
        assertThat(eligible.statusCode()).as(eligible.body()).isEqualTo(200);
        assertThat(eligible.body()).contains("{\"caseNumber\":\"" + accepted.get(0) + "\",\"organisationName\":\"องค์กรทดสอบ ")
                .contains("\"" + accepted.get(0) + "\"", "\"" + working.get(0) + "\"", "\"IN_PROGRESS\"")
                .doesNotContain(withdrawn, bangkok, nextYear);
        assertThat(eligible.body().split("\\},\\{")).hasSize(3).anySatisfy(row -> assertThat(row)
                .contains(accepted.get(1)).contains("\"invited\":true"));
        assertThat(api.get("/api/events/" + id + "/eligible-cases", DemoAccounts.DRA_OFFICER, DEMO).statusCode())
                .isEqualTo(200);

        // another province's officer, nobody, and an event that does not exist
        HttpResponse<String> stranger = api.get("/api/events/" + id + "/eligible-cases", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50").doesNotContain(accepted.get(0));
        assertThat(api.get("/api/events/" + id + "/eligible-cases", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> missing = api.get("/api/events/99999999/eligible-cases", OFFICER, DEMO);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("ไม่พบกิจกรรมหมายเลข 99999999");
    }

    private static String event(String province, String type) {
        return "{\"provinceCode\":\"" + province + "\",\"fiscalYear\":2584,\"eventType\":\"" + type
                + "\",\"title\":\"ประชุมชี้แจงกระบวนการ 9 ขั้นตอน\",\"plannedOn\":\"" + LocalDate.now()
                + "\",\"place\":\"หอประชุมศาลากลางจังหวัดเชียงใหม่\"}";
    }

    private long plan(String json) {
        HttpResponse<String> planned = api.postJson("/api/events", json, OFFICER, DEMO);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return jdbc.sql("select max(id) from mo.provincial_event").query(Long.class).single();
    }

    private Task task(long eventId) {
        return tasks.createTaskQuery().processInstanceBusinessKey("EVENT-" + eventId).singleResult();
    }
}
