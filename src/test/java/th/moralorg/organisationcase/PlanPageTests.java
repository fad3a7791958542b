package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.PdfText;
import th.moralorg.support.SignIn;

/**
 * The plan อ.04 (seed 5.2.1(2.3)) and the progress report against it (5.2.1(2.4)) on their own
 * pages, over HTTP with the session and CSRF field a browser has, on the real engine: who may open
 * them, a refused plan that stores and claims nothing and comes back as typed, a plan of several
 * rows and virtues that completes designActivities, the progress row by row with derived counts,
 * and a revision of the plan that opens with the last version and completes revisePlan.
 */
@IntegrationTest
class PlanPageTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String PASSWORD = "แผนงาน2570ok";
    static final String OFFICER = "officer.50";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FormService forms;
    @Autowired
    OrganisationTaskWork work;

    @Test
    void theCoordinatorWritesThePlanAndReportsProgressRowByRow() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String coordinator = (String) form.get("coordinatorEmail");
        String caseNumber = driver.accepted(form, OFFICER, PASSWORD);
        Map<String, Object> otherForm = CaseDriver.registrationForm("50", YEAR);
        String otherCase = driver.accepted(otherForm, OFFICER, PASSWORD);
        driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        String path = "/cases/" + caseNumber + "/plan";

        // who may open it: nobody unsigned (to the one sign-in first), another organisation's
        // coordinator finds no such case, officers may not write it
        HttpResponse<String> anonymous = new Pages(port, HttpClient.newHttpClient()).get(path);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        Pages other = pages((String) otherForm.get("coordinatorEmail"), PASSWORD);
        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(pages("officer.10", "demo").get(path).statusCode()).isEqualTo(404);
        HttpResponse<String> officer = pages(OFFICER, "demo").get(path);
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.body()).contains("หน้านี้สำหรับผู้ประสานงานขององค์กรเท่านั้น");
        // a case not at its plan yet: nothing to write
        HttpResponse<String> early = other.get("/cases/" + otherCase + "/plan");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("เรื่องนี้ไม่มีงานเขียนแผน อ.04 ที่รอดำเนินการ");

        Pages pages = pages(coordinator, PASSWORD);
        HttpResponse<String> blank = pages.get(path);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("กิจกรรมที่ 1", "คณะทำงาน", "ปฏิญญา / ข้อตกลงร่วมกันขององค์กร", "จิตอาสา")
                .doesNotContain("กิจกรรมที่ 2");
        // a row added: the page comes back with it and what was typed, nothing stored
        Map<String, List<String>> typed = new LinkedHashMap<>();
        typed.put("planRows[0].activity", List.of("เดินรณรงค์ลดขยะ"));
        typed.put("action", List.of("addRow"));
        HttpResponse<String> added = pages.postFrom(path, path, encoded(typed));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("กิจกรรมที่ 2", "เดินรณรงค์ลดขยะ");

        // refused: a Common-Era year, no virtue, an activity missing, a member without a role
        Map<String, List<String>> bad = plan(2);
        bad.put("planRows[0].startMonth", List.of("10/2026"));
        bad.remove("planRows[0].virtues");
        bad.put("planRows[1].activity", List.of(""));
        bad.put("workingTeam[1].role", List.of(""));
        HttpResponse<String> refused = pages.postFrom(path, path, encoded(bad));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ยังส่งแผนไม่ได้",
                "กิจกรรมที่ 1: เดือนที่เริ่ม: ปี 2026 เป็นปีคริสต์ศักราชหรือไม่ ถ้าใช่ ตรงกับ พ.ศ. 2569",
                "กรุณาเลือกกิจกรรมที่ 1: คุณธรรมเป้าหมาย อย่างน้อย 1 ข้อ", "กรุณากรอกกิจกรรมที่ 2: กิจกรรม",
                "กรุณากรอกคณะทำงานคนที่ 2: บทบาทในคณะทำงาน",
                // what was typed is there again
                "value=\"10/2026\"", "กิจกรรมที่ 1 ของแผน", "นายประสาน งานดี");
        assertThat(versions(caseNumber, "O04")).isZero();
        Task waiting = driver.task(caseNumber);
        assertThat(waiting.getTaskDefinitionKey()).isEqualTo("designActivities");
        assertThat(waiting.getAssignee()).as("the claim is not kept").isNull();

        // sent: three activities, several virtues each, months typed in the Buddhist Era
        HttpResponse<String> sent = pages.postFrom(path, path, encoded(plan(3)));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/cases/" + caseNumber);
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("carryOutPlan");
        JsonNode stored = latest(caseNumber, "O04");
        assertThat(stored.path("planRows")).hasSize(3);
        assertThat(stored.path("planRows").get(0).path("virtues").toString()).isEqualTo("[\"DISCIPLINE\",\"HONESTY\"]");
        assertThat(stored.path("planRows").get(0).path("startMonth").asText()).isEqualTo("2026-10");
        assertThat(stored.path("planRows").get(2).path("endMonth").asText()).isEqualTo("2027-03");
        assertThat(stored.path("workingTeam")).hasSize(2);
        assertThat(stored.path("pledge").asText()).isEqualTo("เราจะมาประชุมตรงเวลา");
        assertThat(jdbc.sql("select submitted_by from mo.form_submission where case_number = ? and form_code = 'O04'")
                .param(caseNumber).query(String.class).single()).isEqualTo(coordinator);
        // the case file reads it with its labels: virtues by name, months in the Buddhist Era
        String file = pages.get("/cases/" + caseNumber).body();
        assertThat(file).contains("วินัย, สุจริต", "ตุลาคม พ.ศ. 2569", "มีนาคม พ.ศ. 2570",
                "นางสาวใจดี มีสุข (ประธาน)", "เราจะมาประชุมตรงเวลา");
        HttpClient signedIn = SignIn.as(port, coordinator, PASSWORD);
        HttpResponse<byte[]> paper = signedIn.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/cases/" + caseNumber + "/forms/O04.pdf")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(paper.statusCode()).isEqualTo(200);
        String printed = PdfText.unwrapped(PdfText.lines(paper.body(), "plan-o04-three-rows"));
        assertThat(printed).contains("คณะทำงาน", "นางสาวใจดีมีสุข(ประธาน)", "กิจกรรมที่๓", "วินัย,สุจริต");
        assertThat(pages.get(path).statusCode()).as("sent: no plan task any more").isEqualTo(409);

        // the progress report, row by row against the plan's three activities
        String progress = "/cases/" + caseNumber + "/progress";
        assertThat(pages(OFFICER, "demo").get(progress).statusCode()).isEqualTo(403);
        assertThat(other.get(progress).statusCode()).isEqualTo(404);
        assertThat(pages.get(progress).body()).contains("กิจกรรมที่ 1 ของแผน", "กิจกรรมที่ 3 ของแผน",
                "ตุลาคม พ.ศ. 2569 ถึง ธันวาคม พ.ศ. 2569");
        Map<String, List<String>> report = new LinkedHashMap<>();
        report.put("progressRows[0].status", List.of("DONE"));
        report.put("progressRows[1].status", List.of("PARTLY"));
        report.put("progressRows[1].evidence", List.of("จัดได้ 2 ครั้งจาก 4 ครั้ง"));
        report.put("progressRows[2].status", List.of("NOT_DONE"));
        HttpResponse<String> noEvidence = pages.postFrom(progress, progress, encoded(report));
        assertThat(noEvidence.statusCode()).isEqualTo(400);
        assertThat(noEvidence.body()).contains("กรุณากรอกกิจกรรมที่ 1: หลักฐานการดำเนินงาน", "จัดได้ 2 ครั้งจาก 4 ครั้ง");
        assertThat(versions(caseNumber, "PROGRESS")).isZero();
        assertThat(driver.task(caseNumber).getAssignee()).isNull();
        report.put("progressRows[0].evidence", List.of("ภาพกิจกรรมและรายชื่อผู้เข้าร่วม"));
        HttpResponse<String> reported = pages.postFrom(progress, progress, encoded(report));
        assertThat(reported.statusCode()).isEqualTo(303);
        JsonNode counts = latest(caseNumber, "PROGRESS");
        assertThat(counts.path("activitiesPlanned").asInt()).isEqualTo(3);
        assertThat(counts.path("activitiesDone").asInt()).isEqualTo(1);
        assertThat(counts.path("activitiesPartly").asInt()).isEqualTo(1);
        assertThat(counts.path("activitiesNotDone").asInt()).isEqualTo(1);
        assertThat(counts.path("progressRows").get(1).path("activity").asText()).isEqualTo("กิจกรรมที่ 2 ของแผน");
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("lessonsLearned");
        assertThat(pages.get("/cases/" + caseNumber).body()).contains("ดำเนินการบางส่วน", "จัดได้ 2 ครั้งจาก 4 ครั้ง");

        // the PCO sends the plan back: the page opens with the last version and the remark
        driver.complete(caseNumber, "lessonsLearned", coordinator, Forms.lessons());
        driver.complete(caseNumber, "declareIntent", coordinator, Forms.declaration());
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "REVISE",
                "revisionParts", List.of("O04"), "revisionRemarkO04", "ระบุงบประมาณของกิจกรรมที่ 3"));
        HttpResponse<String> reopened = pages.get(path);
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(reopened.body()).contains("แผนถูกส่งกลับให้ปรับปรุง", "ข้อสังเกต: ระบุงบประมาณของกิจกรรมที่ 3",
                "กิจกรรมที่ 3 ของแผน", "value=\"10/2569\"", "value=\"3/2570\"", "นายประสาน งานดี", "checked");
        Map<String, List<String>> revised = plan(3);
        revised.put("planRows[2].budget", List.of("5000"));
        assertThat(pages.postFrom(path, path, encoded(revised)).statusCode()).isEqualTo(303);
        assertThat(versions(caseNumber, "O04")).isEqualTo(2);
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("checkCompleteness");
        assertThat(pages.get("/cases/" + caseNumber).body()).contains("สิ่งที่เปลี่ยนจากฉบับที่ 1", "5000");
        // the PCO's package: the plan's size and the progress counted from its rows
        String caseFile = (String) forms.getTaskFormVariables(driver.task(caseNumber).getId()).get("caseFile");
        assertThat(caseFile).contains("3 กิจกรรม คณะทำงาน 2 คน",
                "**ผลการดำเนินกิจกรรมตามแผน** ดำเนินการแล้ว 1 บางส่วน 1 ยังไม่ได้ดำเนินการ 1 จาก 3 กิจกรรม");
    }

    /**
     * The engine's own refusal (the completion's listener runs the same rules again): the claim made
     * for the completion is rolled back with it, nothing stored, and the errors come back to the page.
     */
    @Test
    void aCompletionTheListenerRefusesKeepsNeitherTheClaimNorTheForm() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String coordinator = (String) form.get("coordinatorEmail");
        String caseNumber = driver.accepted(form, OFFICER, PASSWORD);
        driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        Task task = work.open(caseNumber, PlanPage.TASKS).orElseThrow();

        Map<String, String> errors = work.complete(task, coordinator, Map.of("planRows", List.of(Map.of("activity", "x"))));

        assertThat(errors).containsKeys("planRows[0].virtues", "planRows[0].owner", "workingTeam", "pledge");
        assertThat(driver.task(caseNumber).getAssignee()).isNull();
        assertThat(versions(caseNumber, "O04")).isZero();
        assertThat(work.complete(task, coordinator, Forms.plan())).isEmpty();
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("carryOutPlan");
    }

    /** The page's fields for a plan of {@code rows} activities (two virtues each) and a team of two. */
    static Map<String, List<String>> plan(int rows) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            String p = "planRows[" + i + "].";
            fields.put(p + "problem", List.of("มาประชุมสาย"));
            fields.put(p + "virtues", List.of("DISCIPLINE", "HONESTY"));
            fields.put(p + "indicators", List.of("เริ่มประชุมตรงเวลา"));
            fields.put(p + "activity", List.of("กิจกรรมที่ " + (i + 1) + " ของแผน"));
            fields.put(p + "startMonth", List.of("10/2569"));
            fields.put(p + "endMonth", List.of(i == rows - 1 ? "3/2570" : "ธ.ค. 2569"));
            fields.put(p + "budget", List.of(""));
            fields.put(p + "owner", List.of("ฝ่ายบริหาร"));
            fields.put(p + "kpi", List.of("ร้อยละ 90"));
        }
        fields.put("workingTeam[0].name", List.of("นางสาวใจดี มีสุข"));
        fields.put("workingTeam[0].role", List.of("ประธาน"));
        fields.put("workingTeam[1].name", List.of("นายประสาน งานดี"));
        fields.put("workingTeam[1].role", List.of("เลขานุการ"));
        fields.put("pledge", List.of("เราจะมาประชุมตรงเวลา"));
        fields.put("action", List.of("send"));
        return fields;
    }

    static String encoded(Map<String, List<String>> fields) {
        return fields.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    private Pages pages(String user, String password) {
        return new Pages(port, SignIn.as(port, user, password));
    }

    private int versions(String caseNumber, String formCode) {
        return jdbc.sql("select count(*) from mo.form_submission where case_number = ? and form_code = ?")
                .params(caseNumber, formCode).query(Integer.class).single();
    }

    private JsonNode latest(String caseNumber, String formCode) throws Exception {
        return JSON.readTree(jdbc.sql("""
                select data::text from mo.form_submission where case_number = ? and form_code = ?
                order by version desc limit 1""").params(caseNumber, formCode).query(String.class).single());
    }
}
