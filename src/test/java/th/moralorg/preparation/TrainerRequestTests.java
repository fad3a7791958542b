package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.organisationcase.CaseDriver;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestMail;

/**
 * Seed 5.1.2 over HTTP on the real engine: an organisation asks for a trainer, the PCO assigns
 * one of its active pool (the trainer and the coordinator are told by mail), then records the
 * sessions; every refusal in Thai with nothing stored; another province's officer and another
 * organisation see nothing.
 */
@IntegrationTest
class TrainerRequestTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEMO = "demo";
    static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;
    static final String OTHER_OFFICER = DemoAccounts.BANGKOK_OFFICER;
    static final String PASSWORD = "ประสานงาน2570trainer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    Api api;

    record Organisation(String caseNumber, String name, String coordinator) {
    }

    @Test
    void anOrganisationAsksThePcoAssignsBothAreToldAndTheSessionsAreRecorded() throws IOException {
        api = new Api(port);
        Organisation own = organisation();
        Organisation other = organisation();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String trainerEmail = "trainer-" + unique + "@example.org";
        long trainer = trainer("50", "นางสาวอบรม ดีงาม " + unique, trainerEmail, true, OFFICER);
        long inactive = trainer("50", "นายพัก งาน " + unique, "rest-" + unique + "@example.org", false, OFFICER);
        long noMail = trainer("50", "นายไม่มี อีเมล " + unique, "", true, OFFICER);
        long bangkok = trainer("10", "นายกรุง เทพ " + unique, "bkk-" + unique + "@example.org", true, OTHER_OFFICER);

        // the request: an empty topic refused in Thai, nothing stored; another organisation's case is hidden
        String path = "/api/cases/" + own.caseNumber() + "/trainer-requests";
        HttpResponse<String> empty = api.postJson(path, "{\"topic\":\"  \"}", own.coordinator(), PASSWORD);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("กรุณากรอกหัวข้อที่ต้องการให้วิทยากรบรรยาย");
        assertThat(requests(own.caseNumber())).isZero();
        String wanted = "{\"topic\":\"การจัดทำแผนส่งเสริมคุณธรรม " + unique + "\",\"preferredDates\":\"ต้นเดือนมกราคม\","
                + "\"remarks\":\"ขอเป็นช่วงบ่าย\"}";
        assertThat(api.postJson(path, wanted, other.coordinator(), PASSWORD).statusCode()).isEqualTo(404);
        assertThat(api.postJson(path, wanted, OTHER_OFFICER, DEMO).statusCode()).isEqualTo(404);
        assertThat(requests(own.caseNumber())).isZero();
        HttpResponse<String> asked = api.postJson(path, wanted, own.coordinator(), PASSWORD);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        long request = JSON.readTree(asked.body()).get("id").asLong();

        // the PCO sees it open; the other province does not
        JsonNode open = JSON.readTree(api.get("/api/provinces/50/trainer-requests", OFFICER, DEMO).body());
        assertThat(open.findValues("id").stream().map(JsonNode::asLong)).contains(request);
        assertThat(api.get("/api/provinces/50/trainer-requests", OTHER_OFFICER, DEMO).statusCode()).isEqualTo(403);
        assertThat(api.get(path, other.coordinator(), PASSWORD).statusCode()).isEqualTo(404);

        // assignment: another province's trainer, an inactive one, one without e-mail, another province's officer
        String assign = "/api/trainer-requests/" + request + "/trainer";
        HttpResponse<String> foreign = api.putJson(assign, "{\"trainerId\":" + bangkok + "}", OFFICER, DEMO);
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("ไม่อยู่ในทำเนียบวิทยากรของจังหวัดนี้");
        HttpResponse<String> resting = api.putJson(assign, "{\"trainerId\":" + inactive + "}", OFFICER, DEMO);
        assertThat(resting.statusCode()).isEqualTo(400);
        assertThat(resting.body()).contains("ปิดการใช้งานอยู่");
        HttpResponse<String> unreachable = api.putJson(assign, "{\"trainerId\":" + noMail + "}", OFFICER, DEMO);
        assertThat(unreachable.statusCode()).isEqualTo(400);
        assertThat(unreachable.body()).contains("ยังไม่มีอีเมลของวิทยากร");
        assertThat(api.putJson(assign, "{\"trainerId\":" + bangkok + "}", OTHER_OFFICER, DEMO).statusCode())
                .isEqualTo(403);
        assertThat(api.putJson(assign, "{\"trainerId\":" + trainer + "}", own.coordinator(), PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(assignedTrainer(request)).isNull();
        assertThat(mails(own.caseNumber())).isZero();

        HttpResponse<String> assigned = api.putJson(assign, "{\"trainerId\":" + trainer + "}", OFFICER, DEMO);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(JSON.readTree(assigned.body()).get("assignedBy").asText()).isEqualTo(OFFICER);
        assertThat(assignedTrainer(request)).isEqualTo(trainer);
        // the same assignment again tells no one twice
        api.putJson(assign, "{\"trainerId\":" + trainer + "}", OFFICER, DEMO);
        assertThat(mails(own.caseNumber())).isEqualTo(2);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !TestMail.to(trainerEmail).isEmpty() && !TestMail.to(own.coordinator()).isEmpty());
        String toTrainer = body("trainer-assignment", own.caseNumber());
        assertThat(toTrainer).contains("ขอเชิญเป็นวิทยากร หัวข้อ การจัดทำแผนส่งเสริมคุณธรรม " + unique,
                "เรียน นางสาวอบรม ดีงาม " + unique, "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่", own.name(),
                "ช่วงวันที่ที่ผู้ขอสะดวก: ต้นเดือนมกราคม", "หมายเหตุจากผู้ขอ: ขอเป็นช่วงบ่าย");
        String toCoordinator = body("trainer-assigned", own.caseNumber());
        assertThat(toCoordinator).contains("มอบหมายวิทยากรแล้ว: นางสาวอบรม ดีงาม " + unique,
                "เรียน ผู้ประสานงาน" + own.name(), "ช่องทางติดต่อวิทยากร: 053-000-000 อีเมล " + trainerEmail,
                "/cases/" + own.caseNumber());

        // sessions: 0 or negative hours, a future date, the organisation itself: refused, nothing stored
        String sessions = "/api/trainer-requests/" + request + "/sessions";
        String yesterday = LocalDate.now().minusDays(1).toString();
        HttpResponse<String> zero = api.postJson(sessions, session(yesterday, "0"), OFFICER, DEMO);
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body()).contains("จำนวนชั่วโมงต้องมากกว่า 0 และไม่เกิน 24 ชั่วโมง");
        assertThat(api.postJson(sessions, session(yesterday, "-2"), OFFICER, DEMO).statusCode()).isEqualTo(400);
        HttpResponse<String> future = api.postJson(sessions, session(LocalDate.now().plusDays(3).toString(), "3"),
                OFFICER, DEMO);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("วันที่อบรมต้องไม่เป็นวันในอนาคต");
        assertThat(api.postJson(sessions, session(yesterday, "3"), own.coordinator(), PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(api.postJson(sessions, session(yesterday, "3"), OTHER_OFFICER, DEMO).statusCode()).isEqualTo(403);
        assertThat(sessionCount(request)).isZero();

        HttpResponse<String> held = api.postJson(sessions, session(yesterday, "3.5"), OFFICER, DEMO);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        JsonNode mine = JSON.readTree(api.get(path, own.coordinator(), PASSWORD).body());
        assertThat(mine.get(0).at("/request/trainerName").asText()).isEqualTo("นางสาวอบรม ดีงาม " + unique);
        assertThat(mine.get(0).at("/sessions/0/hours").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(mine.get(0).at("/sessions/0/participantCount").asInt()).isEqualTo(40);
        // once a session is recorded the trainer stays
        long second = trainer("50", "นายสำรอง ดีงาม " + unique, "second-" + unique + "@example.org", true, OFFICER);
        HttpResponse<String> changed = api.putJson(assign, "{\"trainerId\":" + second + "}", OFFICER, DEMO);
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("บันทึกการอบรมของวิทยากรแล้ว");
        assertThat(assignedTrainer(request)).isEqualTo(trainer);
    }

    @Test
    void thePcoAsksForAnEventAndOnlyItsProvinceMay() throws IOException {
        api = new Api(port);
        String event = "{\"provinceCode\":\"50\",\"fiscalYear\":2606,\"eventType\":\"GOODNESS_MARKET\","
                + "\"title\":\"ตลาดนัดความดีมีวิทยากร\",\"plannedOn\":\"" + LocalDate.now().plusDays(30)
                + "\",\"place\":\"ศาลากลางจังหวัดเชียงใหม่\"}";
        HttpResponse<String> created = api.postJson("/api/events", event, OFFICER, DEMO);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long eventId = JSON.readTree(created.body()).get("id").asLong();
        String path = "/api/events/" + eventId + "/trainer-requests";
        String wanted = "{\"topic\":\"การเล่าเรื่ององค์กรคุณธรรม\"}";
        assertThat(api.postJson(path, wanted, OTHER_OFFICER, DEMO).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from mo.trainer_request where event_id = ?").param(eventId)
                .query(Integer.class).single()).isZero();
        assertThat(api.postJson(path, wanted, OFFICER, DEMO).statusCode()).isEqualTo(201);
        JsonNode list = JSON.readTree(api.get(path, DemoAccounts.DRA_OFFICER, DEMO).body());
        assertThat(list.get(0).at("/request/eventTitle").asText()).isEqualTo("ตลาดนัดความดีมีวิทยากร");
        assertThat(list.get(0).at("/request/topic").asText()).isEqualTo("การเล่าเรื่ององค์กรคุณธรรม");
    }

    @Test
    void theSameOverThePagesTheOrganisationsFormThePcosListAndTheTrainersYear() throws IOException {
        api = new Api(port);
        Organisation own = organisation();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "นางสาวหน้าเว็บ ดีงาม " + unique;
        long trainer = trainer("50", name, "page-" + unique + "@example.org", true, OFFICER);
        Pages coordinator = new Pages(port, SignIn.as(port, own.coordinator(), PASSWORD));
        Pages officer = new Pages(port, SignIn.as(port, OFFICER, DEMO));
        Pages bangkok = new Pages(port, SignIn.as(port, OTHER_OFFICER, DEMO));
        String page = "/cases/" + own.caseNumber() + "/trainer-requests";

        assertThat(coordinator.get("/cases/" + own.caseNumber()).body()).contains("id=\"trainer-requests\"");
        HttpResponse<String> empty = coordinator.postFrom(page, page, "topic=&preferredDates=&remarks=");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"topic-error\"").contains("กรุณากรอกหัวข้อที่ต้องการให้วิทยากรบรรยาย");
        assertThat(requests(own.caseNumber())).isZero();
        String topic = "การเขียนแผนส่งเสริมคุณธรรม " + unique;
        assertThat(coordinator.postFrom(page, page, "topic=" + encode(topic) + "&preferredDates=&remarks=").statusCode())
                .isEqualTo(303);
        assertThat(bangkok.get(page).statusCode()).isEqualTo(404);
        long request = jdbc.sql("select id from mo.trainer_request where case_number = ?").param(own.caseNumber())
                .query(Long.class).single();

        String trainers = "/provinces/50/trainers";
        assertThat(officer.get(trainers).body()).contains(topic).contains("รอมอบหมายวิทยากร");
        assertThat(officer.get("/office").body()).contains("คำขอวิทยากรที่รอมอบหมาย");
        assertThat(coordinator.get("/organisation").body()).contains("/cases/" + own.caseNumber() + "/trainer-requests");
        String assign = "/provinces/50/trainer-requests/" + request + "/trainer";
        assertThat(bangkok.postFrom("/provinces/10/trainers", "/provinces/10/trainer-requests/" + request + "/trainer",
                "trainerId=" + trainer).statusCode()).isEqualTo(404);
        HttpResponse<String> none = officer.postFrom(trainers, assign, "trainerId=");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("กรุณากรอกวิทยากร");
        assertThat(officer.postFrom(trainers, assign, "trainerId=" + trainer).statusCode()).isEqualTo(303);
        assertThat(assignedTrainer(request)).isEqualTo(trainer);

        String sessions = "/provinces/50/trainer-requests/" + request + "/sessions";
        String yesterday = LocalDate.now().minusDays(1).toString();
        HttpResponse<String> negative = officer.postFrom(trainers, sessions, "heldOn=" + yesterday
                + "&hours=-1&covered=x&participantCount=10");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("จำนวนชั่วโมงต้องมากกว่า 0 และไม่เกิน 24 ชั่วโมง");
        assertThat(sessionCount(request)).isZero();
        assertThat(officer.postFrom(trainers, sessions, "heldOn=" + yesterday + "&hours=2&covered="
                + encode("ความหมายขององค์กรคุณธรรม") + "&participantCount=25").statusCode()).isEqualTo(303);
        String day = th.moralorg.reference.ThaiDates.longDate(LocalDate.now().minusDays(1));
        String held = day + " 2 ชั่วโมง ผู้เข้าร่วม 25 คน: ความหมายขององค์กรคุณธรรม";
        assertThat(officer.get(trainers).body()).contains("วิทยากร: " + name).contains(held);
        assertThat(coordinator.get(page).body()).contains("วิทยากร: " + name).contains("ความหมายขององค์กรคุณธรรม");
        assertThat(coordinator.get("/cases/" + own.caseNumber()).body()).contains("วิทยากร " + name).contains(held);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void thePoolRefusesAnAddressTheOutboxCouldNotUse() {
        api = new Api(port);
        HttpResponse<String> bad = api.postJson("/api/provinces/50/trainers", trainerJson("นายอีเมล ผิด", "not-an-address"),
                OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("อีเมลวิทยากร ไม่ใช่อีเมลที่ถูกต้อง");
        assertThat(jdbc.sql("select count(*) from mo.trainer where name = 'นายอีเมล ผิด'").query(Integer.class).single())
                .isZero();
    }

    private static String session(String day, String hours) {
        return "{\"heldOn\":\"" + day + "\",\"hours\":\"" + hours + "\",\"covered\":\"ความหมายขององค์กรคุณธรรม"
                + " และการเขียนแผนส่งเสริมคุณธรรม\",\"participantCount\":40}";
    }

    private static String trainerJson(String name, String email) {
        return "{\"name\":\"" + name + "\",\"affiliation\":\"มหาวิทยาลัยเชียงใหม่\",\"expertise\":\"การขับเคลื่อนองค์กรคุณธรรม\","
                + "\"contact\":\"053-000-000\",\"email\":\"" + email + "\",\"active\":true}";
    }

    private long trainer(String province, String name, String email, boolean active, String officer) throws IOException {
        HttpResponse<String> added = api.postJson("/api/provinces/" + province + "/trainers",
                trainerJson(name, email).replace("\"active\":true", "\"active\":" + active), officer, DEMO);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return JSON.readTree(added.body()).get("id").asLong();
    }

    /** An organisation of Chiang Mai registered this year, accepted, its coordinator with a password. */
    private Organisation organisation() throws IOException {
        Map<String, Object> form = CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear());
        HttpResponse<String> registered = api.postJson("/api/registrations", JSON.writeValueAsString(form), null, null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String caseNumber = JSON.readTree(registered.body()).get("caseNumber").asText();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId(),
                Map.of("intentDecision", "ACCEPT"));
        String coordinator = (String) form.get("coordinatorEmail");
        User user = identity.createUserQuery().userId(coordinator).singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        return new Organisation(caseNumber, (String) form.get("organisationName"), coordinator);
    }

    private int requests(String caseNumber) {
        return jdbc.sql("select count(*) from mo.trainer_request where case_number = ?").param(caseNumber)
                .query(Integer.class).single();
    }

    private Long assignedTrainer(long request) {
        return jdbc.sql("select trainer_id from mo.trainer_request where id = ?").param(request).query(Long.class)
                .optional().orElse(null);
    }

    private int sessionCount(long request) {
        return jdbc.sql("select count(*) from mo.trainer_session where request_id = ?").param(request)
                .query(Integer.class).single();
    }

    private int mails(String caseNumber) {
        return jdbc.sql("select count(*) from mo.notification where business_key = ? and kind like 'trainer-%'")
                .param(caseNumber).query(Integer.class).single();
    }

    private String body(String kind, String caseNumber) {
        return jdbc.sql("select subject || chr(10) || body_text from mo.notification where kind = ? and business_key = ?")
                .params(kind, caseNumber).query(String.class).single();
    }
}
