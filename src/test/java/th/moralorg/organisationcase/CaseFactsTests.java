package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/**
 * Issue 11, item 2: every task of a case carries in its form what it decides on (CaseFactsListener),
 * as task-local variables set on create from our tables, with what the organisation typed escaped
 * for Markdown; and no completion can overwrite them or get them stored (every form of the case, in
 * the order the case meets them).
 */
@IntegrationTest
class CaseFactsTests {

    static final FiscalYear THIS_YEAR = FiscalYear.containing(LocalDate.now());
    static final int YEAR = THIS_YEAR.buddhistYear();
    static final int NEXT_YEAR = THIS_YEAR.next().buddhistYear();
    static final String OFFICER = "officer.10";
    static final String PASSWORD = "demo";
    static final String COORDINATOR_PASSWORD = "ดาวเด่น2569ค่ะ";
    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jdbc.sql("""
                insert into mo.registration_window (province_code, fiscal_year, opened_by, channels, outreach_from,
                    outreach_to, organisations_reached) values ('10', ?, 'test', 'หนังสือราชการ', ?, ?, 1)
                on conflict do nothing""").params(NEXT_YEAR, LocalDate.now(), LocalDate.now()).update();
    }

    @Test
    void everyFormOfTheCaseShowsWhatItDecidesOnAndNoSubmissionOverwritesIt() throws Exception {
        Map<String, Object> first = CaseDriver.registrationForm("10", YEAR);
        first.put("organisationName", "โรงเรียน *ดาว* [ลิงก์](/x) <b>" + first.get("organisationName"));
        first.put("headName", "นาย_ใหญ่_ # หัวหน้า");
        String earlier = driver.register(first);
        driver.complete(earlier, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        Map<String, Object> second = new HashMap<>(first);
        second.put("fiscalYear", NEXT_YEAR);
        String caseNumber = driver.register(second);
        String coordinator = (String) first.get("coordinatorEmail");
        String escapedName = "โรงเรียน \\*ดาว\\* \\[ลิงก์\\]\\(/x\\) \\<b\\>";

        // 5.2.1(1): the registration and the organisation's other case, escaped
        Map<String, Object> review = factsOf(caseNumber, "reviewIntent");
        assertThat((String) review.get(CaseFactsListener.FACTS)).contains("- **เลขที่เรื่อง:** " + escaped(caseNumber))
                .contains("- **องค์กร:** " + escapedName).contains("- **จังหวัด:** กรุงเทพมหานคร")
                .contains("- **ปีงบประมาณ:** " + NEXT_YEAR).contains("- **ขั้นนี้:** ตรวจข้อมูลในแบบ อ\\.01");
        assertThat((String) review.get(CaseFactsListener.FILE)).contains("- **ชื่อองค์กร:** " + escapedName)
                .contains("- **ประเภทองค์กร:** สถานศึกษา").contains("- **หัวหน้าองค์กร:** นาย\\_ใหญ่\\_ \\# หัวหน้า")
                .contains("- **จำนวนผู้บริหาร:** 5 คน").contains("- **จำนวนสมาชิก:** 120 คน")
                .contains("- **อีเมล:** " + escaped(coordinator))
                .contains("- **" + escaped(earlier) + " ปีงบประมาณ " + YEAR + ":** รับเรื่องแล้ว")
                .doesNotContain("<b>", "[ลิงก์](");
        refusedToOverwrite(caseNumber, OFFICER, PASSWORD, "intentDecision", "ACCEPT");
        // our own code completing with them (the Java API passes no filter) stores nothing of them either
        Task task = driver.task(caseNumber);
        driver.as(OFFICER, () -> tasks.complete(task.getId(), Map.of("intentDecision", "ACCEPT",
                CaseFactsListener.FACTS, "ปลอม", CaseFactsListener.FILE, "ปลอม")));
        assertThat(stored(caseNumber, "INTENT_REVIEW")).doesNotContain("caseFacts", "caseFile", "ปลอม");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableNameIn(CaseFactsListener.FACTS, CaseFactsListener.FILE).list())
                .allSatisfy(v -> assertThat(v.getTaskId()).as("only ever task-local").isNotNull());
        User user = identity.createUserQuery().userId(coordinator).singleResult();
        user.setPassword(COORDINATOR_PASSWORD);
        identity.saveUser(user);

        assertThat((String) factsOf(caseNumber, "recordOrientation").get(CaseFactsListener.FACTS))
                .contains("วันที่องค์กรเข้าร่วมประชุมชี้แจง");
        refusedToOverwrite(caseNumber, OFFICER, PASSWORD, "orientationDate", "2025-11-20");
        driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-11-20"));

        // 5.2.1(2)-(4), the coordinator's forms: the facts and what the step is for
        Map<String, Map<String, Object>> steps = new java.util.LinkedHashMap<>();
        steps.put("sharedVision", Forms.sharedVision());
        steps.put("goodnessCapital", Forms.goodnessCapital());
        steps.put("designActivities", Forms.plan());
        steps.put("carryOutPlan", Forms.progress());
        steps.put("lessonsLearned", Forms.lessons());
        steps.put("declareIntent", Forms.declaration());
        steps.put("selfAssess", Forms.selfAssessment(2, 7));
        for (var step : steps.entrySet()) {
            Map<String, Object> facts = factsOf(caseNumber, step.getKey());
            assertThat((String) facts.get(CaseFactsListener.FACTS)).as(step.getKey())
                    .contains("- **เลขที่เรื่อง:** " + escaped(caseNumber)).contains("- **ขั้นนี้:** ");
            assertThat(facts).as(step.getKey()).doesNotContainKey(CaseFactsListener.FILE);
            String field = step.getValue().keySet().iterator().next();
            refusedToOverwrite(caseNumber, coordinator, COORDINATOR_PASSWORD, field, "x");
            if (step.getKey().equals("carryOutPlan")) {
                assertThat(api.upload("/api/cases/" + caseNumber + "/attachments", "evidence.pdf", PDF, coordinator,
                        COORDINATOR_PASSWORD).statusCode()).isEqualTo(201);
            }
            driver.complete(caseNumber, step.getKey(), coordinator, step.getValue());
        }

        // 5.2.2(2): the package, from the latest forms
        Map<String, Object> completeness = factsOf(caseNumber, "checkCompleteness");
        assertThat((String) completeness.get(CaseFactsListener.FILE))
                .contains("**แบบประเมินตนเอง อ.02** คะแนนรวม 18 จาก 18")
                .contains("- **ขั้นที่ 9:** 2 คะแนน; หลักฐาน\\: หลักฐานขั้นที่ 9")
                .contains("**แบบประเมินความสำเร็จ อ.03** กิจกรรมตามแผน 10 กิจกรรม บรรลุเป้าหมาย 7 กิจกรรม (ร้อยละ 70)")
                .contains("**แผนส่งเสริมและพัฒนาองค์กรคุณธรรม อ.04** 1 กิจกรรม")
                .contains("**ประกาศเจตนารมณ์ อ.05** ประกาศเมื่อ 2025\\-11\\-01 ติดประกาศที่ หน้าอาคารเรียน")
                .contains("**ไฟล์หลักฐาน** 1 ไฟล์")
                .contains("**ระดับที่เสนอ** ระดับ ")
                .doesNotContain("คะแนนประเมินตนเองไม่สอดคล้อง");
        refusedToOverwrite(caseNumber, OFFICER, PASSWORD, "completenessDecision", "COMPLETE");
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));

        // 5.2.2(5): the record to enter, once the province certified (the national result need not be in)
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED",
                "certifiedLevel", 2, "outstandingModel", false));
        Map<String, Object> entry = factsOf(caseNumber, "recordNationalDatabase");
        assertThat((String) entry.get(CaseFactsListener.FILE)).contains("- **ชื่อองค์กร:** " + escapedName)
                .contains("- **ที่อยู่:** 99 หมู่ 1 ตำบลสุเทพ อำเภอเมือง จังหวัดกรุงเทพมหานคร")
                .contains("- **ระดับที่รับรอง:** ระดับ 2 องค์กรคุณธรรม").contains("- **ต้นแบบโดดเด่น:** ไม่ใช่");
        refusedToOverwrite(caseNumber, OFFICER, PASSWORD, "nationalDatabaseRecorded", true);
        driver.complete(caseNumber, "recordNationalDatabase", OFFICER, Map.of("nationalDatabaseRecorded", true));

        // nothing of them reached the stored forms, nor the case's variables
        assertThat(jdbc.sql("select count(*) from mo.form_submission where case_number = ? and (data->'caseFacts' is not null"
                + " or data->'caseFile' is not null)").param(caseNumber).query(Long.class).single()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableNameIn(CaseFactsListener.FACTS, CaseFactsListener.FILE).list())
                .isNotEmpty().allSatisfy(v -> assertThat(v.getTaskId()).isNotNull());
    }

    /** The case's open task, which must be {@code key}, and its task-local variables. */
    private Map<String, Object> factsOf(String caseNumber, String key) {
        Task task = driver.task(caseNumber);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return tasks.getVariablesLocal(task.getId());
    }

    /** A completion over the REST API that also sends the facts is refused, and the facts stay as they were. */
    private void refusedToOverwrite(String caseNumber, String user, String password, String field, Object value)
            throws Exception {
        Task task = driver.task(caseNumber);
        Map<String, Object> before = tasks.getVariablesLocal(task.getId());
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", Map.of(
                field, Map.of("value", value), CaseFactsListener.FACTS, Map.of("value", "ปลอม"),
                CaseFactsListener.FILE, Map.of("value", "ปลอม"))));
        HttpResponse<String> refused = api.postJson("/engine-rest/task/" + task.getId() + "/complete", json, user,
                password);
        assertThat(refused.statusCode()).as(task.getTaskDefinitionKey() + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("caseFacts", "caseFile");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(tasks.getVariablesLocal(task.getId())).isEqualTo(before);
    }

    private String stored(String caseNumber, String formCode) {
        return cases.latestSubmission(caseNumber, formCode).orElseThrow();
    }

    private static String escaped(String text) {
        return text.replace("-", "\\-").replace(".", "\\.");
    }
}
