package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.validation.FormValidationException;

/** Seed 5.1: opening the preparation, its four steps, and registration opening with the outreach. */
@IntegrationTest
class PreparationTests {

    private static final String DEMO = "demo";

    @LocalServerPort
    int port;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;
    @Autowired
    Preparations preparations;
    @Autowired
    RegistrationWindows windows;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void draOpensAllProvincesOnceEvenWhenAskedTwice() {
        HttpResponse<String> first = api.postJson("/api/preparations", "{\"fiscalYear\":2571}", DemoAccounts.DRA_OFFICER, DEMO);
        HttpResponse<String> second = api.postJson("/api/preparations", "{\"fiscalYear\":2571}", DemoAccounts.DRA_OFFICER, DEMO);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"opened\":[]");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("preparation")
                .processInstanceBusinessKeyLike("PREP-2571-%").count()).isEqualTo(77);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PREP-2571-96").singleResult()
                .getTenantId()).isEqualTo("province-96");
        HttpResponse<String> status = api.get("/api/preparations/2571", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(status.body()).isEqualTo("[{\"provinceCode\":\"10\",\"provinceName\":\"กรุงเทพมหานคร\","
                + "\"preparationOpened\":true,\"registrationOpen\":false}]");
    }

    @Test
    void anOfficerOpensOnlyTheirOwnProvince() {
        HttpResponse<String> own = api.postJson("/api/preparations", "{\"fiscalYear\":2572}", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(own.statusCode()).isEqualTo(201);
        assertThat(own.body()).contains("\"opened\":[\"10\"]");

        HttpResponse<String> other = api.postJson("/api/preparations", "{\"fiscalYear\":2572,\"provinceCode\":\"50\"}",
                DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("ไม่มีสิทธิ์");
        assertThat(api.postJson("/api/preparations", "{\"fiscalYear\":2572}", null, null).statusCode()).isEqualTo(401);
        // a wrong password delays the user's next login (Camunda's throttling): use an unknown user
        assertThat(api.postJson("/api/preparations", "{\"fiscalYear\":2572}", "nobody.here", "wrong")
                .statusCode()).isEqualTo(401);

        HttpResponse<String> bad = api.postJson("/api/preparations", "{\"fiscalYear\":\"abc\",\"provinceCode\":\"99\"}",
                DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"fiscalYear\":\"ปีงบประมาณ (พ.ศ.) ต้องเป็นจำนวนเต็ม\"").contains("provinceCode");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PREP-2572-50").count()).isZero();
    }

    @Test
    void theOutreachOpensRegistrationAfterEveryStepPassedItsChecks() {
        preparations.open(new FiscalYear(2573), "20", DemoAccounts.DRA_OFFICER);
        String key = Preparations.businessKey(new FiscalYear(2573), "20");

        Task orientation = task(key);
        assertThat(orientation.getTaskDefinitionKey()).isEqualTo("recordStaffOrientation");
        assertThat(orientation.getDueDate()).isNotNull();
        assertThatThrownBy(() -> tasks.complete(orientation.getId(), Map.of("attendeeCount", 0,
                "orientationDate", LocalDate.now().plusDays(20).toString())))
                .hasRootCauseInstanceOf(FormValidationException.class)
                .hasMessageContaining("จำนวนผู้เข้าร่วม ต้องอยู่ระหว่าง 1 ถึง 1000")
                .hasMessageContaining("วันที่ประชุมต้องไม่อยู่ในอนาคต")
                .hasMessageContaining("กรุณากรอกสื่อและเอกสารที่ใช้").hasMessageContaining("กรุณากรอกรายชื่อผู้เข้าร่วม");
        assertThat(runtime.getVariable(orientation.getProcessInstanceId(), "attendeeCount")).isNull();

        // over the REST API as Tasklist submits it: 400 with the Thai messages, nothing saved
        String officer = officerOf("20");
        HttpResponse<String> rest = api.postJson("/engine-rest/task/" + orientation.getId() + "/complete",
                "{\"variables\":{\"attendeeCount\":{\"value\":5000}}}", officer, DEMO);
        assertThat(rest.statusCode()).isEqualTo(400);
        // DRA sees the office's step but may not do it (separation of duties, docs/access.md)
        assertThat(api.postJson("/engine-rest/task/" + orientation.getId() + "/complete",
                "{\"variables\":{\"attendeeCount\":{\"value\":5}}}", DemoAccounts.DRA_OFFICER, DEMO).statusCode())
                .isEqualTo(403);
        assertThat(rest.body()).contains("จำนวนผู้เข้าร่วม");
        assertThat(api.postJson("/engine-rest/task/" + orientation.getId() + "/complete",
                "{\"variables\":{}}", DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode()).isIn(403, 404);

        tasks.complete(orientation.getId(), Map.of("orientationDate", LocalDate.now().minusDays(3).toString(),
                "attendeeCount", 2, "attendees", "นางสาวกานดา ใจงาม นักวิชาการวัฒนธรรม\nนายวีระ ดีมาก เจ้าพนักงาน",
                "materials", "สไลด์และวีดิทัศน์"));
        assertThat(jdbc.sql("select attendees from mo.staff_orientation where province_code = '20' and fiscal_year = 2573")
                .query(String.class).single()).contains("นางสาวกานดา ใจงาม", "นายวีระ ดีมาก");

        Task trainerPool = task(key);
        assertThat(trainerPool.getTaskDefinitionKey()).isEqualTo("keepTrainerPool");
        assertThatThrownBy(() -> tasks.complete(trainerPool.getId(), Map.of("trainerPoolConfirmed", true)))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("ยังไม่มีวิทยากร");
        String trainer = "{\"name\":\"นายสมชาย ดีงาม\",\"affiliation\":\"วัดพระธาตุ\",\"expertise\":\"9 ขั้นตอน\","
                + "\"contact\":\"081-000-0000\"}";
        assertThat(api.postJson("/api/provinces/20/trainers", trainer, DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(403);
        HttpResponse<String> missing = api.postJson("/api/provinces/20/trainers", "{\"name\":\" \"}",
                DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("กรุณากรอกชื่อ-นามสกุลวิทยากร").contains("กรุณากรอกสังกัด");
        assertThat(api.postJson("/api/provinces/20/trainers", trainer, DemoAccounts.DRA_OFFICER, DEMO).statusCode())
                .isEqualTo(201);
        assertThat(api.get("/api/provinces/20/trainers", DemoAccounts.DRA_OFFICER, DEMO).body()).contains("นายสมชาย ดีงาม");
        tasks.complete(trainerPool.getId(), Map.of("trainerPoolConfirmed", true));

        Task kit = task(key);
        assertThat(kit.getTaskDefinitionKey()).isEqualTo("confirmDocumentKit");
        assertThatThrownBy(() -> tasks.complete(kit.getId(), Map.of("kitForm01", true)))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("อ.05");
        tasks.complete(kit.getId(), Map.of("kitForm01", true, "kitForm02", true, "kitForm03", true, "kitForm04", true,
                "kitForm05", true, "kitGuideline", true));

        Task outreach = task(key);
        assertThat(outreach.getTaskDefinitionKey()).isEqualTo("recordOutreach");
        assertThatThrownBy(() -> tasks.complete(outreach.getId(), Map.of("outreachFrom", "2029-02-01",
                "outreachTo", "2029-01-01", "organisationsReached", 3)))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("ช่องทาง").hasMessageContaining("ก่อนวันที่เริ่ม");
        assertThat(windows.isOpen("20", 2573)).isFalse();
        tasks.complete(outreach.getId(), Map.of("channelOnline", true, "channelOther", true, "otherChannel", "วิทยุชุมชน",
                "outreachFrom", "2029-01-01", "outreachTo", "2029-02-01", "organisationsReached", 35));

        assertThat(windows.isOpen("20", 2573)).isTrue();
        assertThat(windows.isOpen("21", 2573)).isFalse();
        assertThat(windows.find("20", 2573).orElseThrow().channels()).contains("ออนไลน์").contains("วิทยุชุมชน");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    @Test
    void theDemoProvincesHaveRegistrationOpenForTheCurrentYear() {
        int year = FiscalYear.containing(LocalDate.now()).buddhistYear();
        assertThat(windows.isOpen("10", year)).isTrue();
        assertThat(windows.isOpen("50", year)).isTrue();
        assertThat(windows.isOpen("11", year)).isFalse();
    }

    /** An officer of the province's office, made once for this test (the demo has officers of 10 and 50 only). */
    private String officerOf(String provinceCode) {
        String id = "officer." + provinceCode;
        if (identity.createUserQuery().userId(id).count() == 0) {
            org.camunda.bpm.engine.identity.User user = identity.newUser(id);
            user.setFirstName("เจ้าหน้าที่");
            user.setLastName("จังหวัด " + provinceCode);
            user.setPassword(DEMO);
            identity.saveUser(user);
            identity.createMembership(id, "pco-" + provinceCode);
        }
        return id;
    }

    private Task task(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }
}
