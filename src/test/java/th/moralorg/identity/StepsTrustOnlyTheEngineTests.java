package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.preparation.Preparations;
import th.moralorg.reference.FiscalYear;
import th.moralorg.review.ReviewMeetingService;
import th.moralorg.review.ReviewMeetings;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;

/**
 * Issue 9, "process steps trust only the engine": an administrator (the only one who may still
 * write variables) points a Chiang Mai instance's {@code eventId}, {@code reviewMeetingId},
 * {@code reportId} or {@code provinceCode} at Bangkok's row, and its steps still work on their own
 * instance's row and send their tasks to Chiang Mai; our code starts processes as the system.
 */
@IntegrationTest
class StepsTrustOnlyTheEngineTests {

    private static final String DEMO = "demo";
    private static final int YEAR = 2604;
    private static final ObjectMapper JSON = new ObjectMapper();

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
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    AsSystem asSystem;
    @Autowired
    Preparations preparations;
    @Autowired
    ReviewMeetingService reviews;
    @Autowired
    ReviewMeetings meetings;

    Api api;
    CaseStandIn cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new CaseStandIn(jdbc, runtime, repository);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void ourCodeStartsAsTheSystemAndGivesTheCallerBackTheirAuthentication() {
        // a user holding no grant at all cannot start a preparation through the engine ...
        identity.setAuthentication("no-grants-a2", List.of("no-such-group"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(Preparations.PROCESS_KEY,
                Map.of("provinceCode", "95", "fiscalYear", YEAR))).isInstanceOf(AuthorizationException.class);

        // ... but our service, called on their behalf, starts it as the system
        Object during = asSystem.call(() -> identity.getCurrentAuthentication());
        assertThat(during).isNull();
        assertThat(preparations.open(new FiscalYear(YEAR), "95", "no-grants-a2")).isTrue();
        // the caller may not even see it; the system does
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Preparations.businessKey(new FiscalYear(YEAR), "95")).count()).isZero();
        assertThat(asSystem.call(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(Preparations.businessKey(new FiscalYear(YEAR), "95")).count())).isOne();
        assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("no-grants-a2");
        assertThat(identity.getCurrentAuthentication().getGroupIds()).containsExactly("no-such-group");

        // restored after a failure too
        assertThatThrownBy(() -> asSystem.run(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("no-grants-a2");
    }

    @Test
    void aPreparationWorksOnItsOwnProvinceWhateverItsVariablesSay() {
        preparations.open(new FiscalYear(YEAR), "50", "test");
        preparations.open(new FiscalYear(YEAR), "10", "test");
        String chiangMai = preparationInstance("50");
        runtime.setVariable(chiangMai, "provinceCode", "10");
        runtime.setVariable(chiangMai, "fiscalYear", YEAR - 1);

        Task orientation = task(chiangMai, "recordStaffOrientation");
        assertThat(candidateGroups(orientation)).containsExactly("pco-50");
        tasks.complete(orientation.getId(), Map.of("orientationDate", LocalDate.now().toString(), "attendeeCount", 3,
                "attendees", "นาย ก\nนาง ข\nนางสาว ค", "materials", "คู่มือ"));

        assertThat(staffOrientations("50", YEAR)).isOne();
        assertThat(staffOrientations("10", YEAR)).isZero();
        assertThat(staffOrientations("10", YEAR - 1)).isZero();
        Task trainers = task(chiangMai, "keepTrainerPool");
        assertThat(candidateGroups(trainers)).containsExactly("pco-50");
        assertThat(trainers.getName()).contains("เชียงใหม่").contains(String.valueOf(YEAR)).doesNotContain("กรุงเทพ");
    }

    @Test
    void anEventMarksOnlyItsOwnRowHeldEvenWithAnotherEventsIdInItsVariables() throws Exception {
        List<String> invited = cases.cases("50", YEAR, "ACCEPTED", 1, CaseStandIn.ORIENTATION_PROCESS);
        JsonNode chiangMai = plan("50", DemoAccounts.CHIANG_MAI_OFFICER);
        JsonNode bangkok = plan("10", DemoAccounts.BANGKOK_OFFICER);
        String instance = chiangMai.get("processInstanceId").asText();
        assertThat(api.postJson("/api/events/" + chiangMai.get("id").asLong() + "/invitations",
                JSON.writeValueAsString(Map.of("caseNumbers", invited)), DemoAccounts.CHIANG_MAI_OFFICER, DEMO)
                .statusCode()).isEqualTo(200);

        runtime.setVariable(instance, "eventId", bangkok.get("id").asLong());
        runtime.setVariable(instance, "provinceCode", "10");
        // Bangkok's event has nobody invited: had the step read eventId, it would refuse
        tasks.complete(task(instance, "inviteOrganisations").getId(), Map.of("invitationsConfirmed", true));
        Task attendance = task(instance, "recordAttendance");
        assertThat(candidateGroups(attendance)).containsExactly("pco-50");
        assertThat(attendance.getName()).contains("เชียงใหม่");
        tasks.complete(attendance.getId(), Map.of("heldOn", LocalDate.now().toString(), "attendanceConfirmed", true,
                "eventSummary", "สรุปผลทดสอบ", "participantCount", 10));

        assertThat(eventStatus(chiangMai.get("id").asLong())).isEqualTo("HELD");
        assertThat(eventStatus(bangkok.get("id").asLong())).isEqualTo("PLANNED");
    }

    @Test
    void aReviewSchedulesOnlyItsOwnMeetingEvenWithAnotherMeetingsIdInItsVariables() {
        cases.cases("50", YEAR, ReviewMeetings.AWAITING, 1, CaseStandIn.CASE_PROCESS);
        cases.cases("10", YEAR, ReviewMeetings.AWAITING, 1, CaseStandIn.CASE_PROCESS);
        long chiangMai = reviews.open("50", YEAR, DemoAccounts.CHIANG_MAI_OFFICER);
        long bangkok = reviews.open("10", YEAR, DemoAccounts.BANGKOK_OFFICER);
        String instance = meetings.find(chiangMai).orElseThrow().processInstanceId();
        runtime.setVariable(instance, "reviewMeetingId", bangkok);
        runtime.setVariable(instance, "provinceCode", "10");

        tasks.complete(task(instance, "scheduleMeeting").getId(), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ศาลากลางจังหวัดเชียงใหม่", "meetingMembers", "คณะอนุกรรมการ 9 คน"));

        ReviewMeetings.Meeting own = meetings.find(chiangMai).orElseThrow();
        ReviewMeetings.Meeting other = meetings.find(bangkok).orElseThrow();
        assertThat(own.status()).isEqualTo("SCHEDULED");
        assertThat(own.place()).isEqualTo("ศาลากลางจังหวัดเชียงใหม่");
        assertThat(other.status()).isEqualTo("OPEN");
        assertThat(other.place()).isNull();
        assertThat(candidateGroups(task(instance, "recordResolutions"))).containsExactly("pco-50");
    }

    @Test
    void aNationalRoundAcceptsOnlyItsOwnReportEvenWithAnotherReportsIdInItsVariables() {
        String chiangMai = nationalInstance(certifiedMeeting("50"));
        String bangkok = nationalInstance(certifiedMeeting("10"));
        runtime.setVariable(chiangMai, "reportId", reportOf(bangkok));
        runtime.setVariable(chiangMai, "provinceCode", "10");

        Task receive = task(chiangMai, "receiveProvincialReport");
        assertThat(receive.getName()).contains("เชียงใหม่");
        tasks.complete(receive.getId(), Map.of("reportDecision", "ACCEPT"));

        assertThat(reportStatus(chiangMai)).isEqualTo("ACCEPTED");
        assertThat(reportStatus(bangkok)).isEqualTo("RECEIVED");
    }

    @Test
    void aCaseInstanceStartedUnderAnotherCasesNumberDoesNotTouchThatCase() {
        String caseNumber = cases.cases("50", YEAR, "ACCEPTED", 1, CaseStandIn.ORIENTATION_PROCESS).get(0);

        // as an administrator could: the number of a case that is not this instance's
        assertThatThrownBy(() -> runtime.createMessageCorrelation("IntentSubmitted").processInstanceBusinessKey(caseNumber)
                .setVariable("caseNumber", caseNumber).setVariable("provinceCode", "50").setVariable("fiscalYear", YEAR)
                .correlateStartMessage()).hasStackTraceContaining("No case of process instance");

        assertThat(jdbc.sql("select status from mo.organisation_case where case_number = ?").param(caseNumber)
                .query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select process_instance_id from mo.organisation_case where case_number = ?")
                .param(caseNumber).query(String.class).optional()).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("organisation-case")
                .processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    private long certifiedMeeting(String province) {
        String caseNumber = cases.cases(province, YEAR + 1, ReviewMeetings.AWAITING, 1, CaseStandIn.CASE_PROCESS).get(0);
        long id = reviews.open(province, YEAR + 1, "test");
        String instance = meetings.find(id).orElseThrow().processInstanceId();
        tasks.complete(task(instance, "scheduleMeeting").getId(), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ศาลากลางจังหวัด", "meetingMembers", "คณะอนุกรรมการ 9 คน"));
        reviews.resolve(id, List.of(new ReviewMeetingService.Resolution(caseNumber, "CERTIFIED", 2, false, null)), "test");
        jdbc.sql("""
                insert into mo.review_minutes (meeting_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                values (?, 'minutes.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446'::bytea, 'test')""")
                .param(id).update();
        tasks.complete(task(instance, "recordResolutions").getId(), Map.of("resolutionsConfirmed", true));
        Jobs.awaitDone(management, instance);
        tasks.complete(task(instance, "submitReportToDra").getId(), Map.of("reportConfirmed", true));
        return id;
    }

    private String nationalInstance(long meetingId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("NAT-" + meetingId + "-1").singleResult()
                .getId();
    }

    private long reportOf(String nationalInstance) {
        return jdbc.sql("select id from mo.national_report where process_instance_id = ?").param(nationalInstance)
                .query(Long.class).single();
    }

    private String reportStatus(String nationalInstance) {
        return jdbc.sql("select status from mo.national_report where process_instance_id = ?").param(nationalInstance)
                .query(String.class).single();
    }

    private JsonNode plan(String province, String officer) throws Exception {
        HttpResponse<String> created = api.postJson("/api/events", JSON.writeValueAsString(Map.of("provinceCode", province,
                "fiscalYear", YEAR, "eventType", "ORIENTATION", "title", "ประชุมชี้แจง " + province,
                "plannedOn", LocalDate.now().toString(), "place", "ศาลากลางจังหวัด")), officer, DEMO);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private String eventStatus(long id) {
        return jdbc.sql("select status from mo.provincial_event where id = ?").param(id).query(String.class).single();
    }

    private String preparationInstance(String province) {
        return jdbc.sql("select process_instance_id from mo.preparation where province_code = ? and fiscal_year = ?")
                .params(province, YEAR).query(String.class).single();
    }

    private long staffOrientations(String province, int year) {
        return jdbc.sql("select count(*) from mo.staff_orientation where province_code = ? and fiscal_year = ?")
                .params(province, year).query(Long.class).single();
    }

    private Task task(String instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }
}
