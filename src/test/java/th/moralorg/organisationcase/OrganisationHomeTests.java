package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.MailKind;
import th.moralorg.support.Api;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * Issue 11, item 4, over HTTP: /organisation shows the signed-in coordinator their own
 * organisation's cases, tasks, forms, certificates and mails, and nothing of another organisation;
 * anyone else gets a note and their own pages.
 */
@th.moralorg.support.IntegrationTest
class OrganisationHomeTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String PASSWORD = "บ้านดอกไม้2569นะ";

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentRegister register;

    @Test
    void aCoordinatorSeesTheirOwnOrganisationsCasesAndTasksAndNoOneElses() throws Exception {
        Map<String, Object> mine = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(mine);
        String coordinator = (String) mine.get("coordinatorEmail");
        driver.complete(caseNumber, "reviewIntent", DemoAccounts.CHIANG_MAI_OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", DemoAccounts.CHIANG_MAI_OFFICER,
                Map.of("orientationDate", "2025-11-20"));
        Task vision = driver.task(caseNumber);
        User user = identity.createUserQuery().userId(coordinator).singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        long event = jdbc.sql("""
                insert into mo.provincial_event (province_code, fiscal_year, event_type, title, planned_on, place,
                    held_on, status, created_by) values ('50', ?, 'ORIENTATION', 'ประชุมชี้แจงโครงการ', ?, 'ศาลากลาง',
                    ?, 'HELD', 'test') returning id""").params(YEAR, LocalDate.now(), LocalDate.now())
                .query(Long.class).single();
        jdbc.sql("""
                insert into mo.event_participant (event_id, case_number, attended)
                values (?, ?, true)""").params(event, caseNumber).update();
        long organisation = jdbc.sql("select organisation_id from mo.organisation_case where case_number = ?")
                .param(caseNumber).query(Long.class).single();
        // as the event's "ออกเกียรติบัตรและแจ้งการเข้าร่วม" issues it (EventCertificateTests)
        DocumentRegister.Issued issued = register.issue("50", YEAR, DocumentKind.PARTICIPATION_CERTIFICATE,
                caseNumber + "/EVENT-" + event, organisation, "test");
        String certificate = issued.reference();
        String certificatePath = "/cases/" + caseNumber + "/event-certificates/" + issued.id() + ".pdf";

        Map<String, Object> theirs = CaseDriver.registrationForm("50", YEAR);
        String otherCase = driver.register(theirs);
        driver.complete(otherCase, "reviewIntent", DemoAccounts.CHIANG_MAI_OFFICER, Map.of("intentDecision", "ACCEPT"));

        Pages pages = new Pages(port, SignIn.as(port, coordinator, PASSWORD));
        HttpResponse<String> home = pages.get("/organisation");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains((String) mine.get("organisationName")).contains("จังหวัดเชียงใหม่")
                .contains("ปีงบประมาณ " + YEAR + " — เรื่อง " + caseNumber)
                .contains("<dd id=\"status-" + caseNumber + "\">อยู่ระหว่างดำเนินการ</dd>")
                .contains("href=\"/cases/" + caseNumber + "\"")
                // what to do next: the open task, into Tasklist
                .contains("href=\"/camunda/app/tasklist/default/#/?task=" + vision.getId() + "\"")
                .contains(vision.getName())
                // the forms sent, the certificate, the office's mails
                .contains(FormCode.INTENT.label()).contains("ฉบับที่ 1 ส่งเมื่อ")
                .contains("เกียรติบัตรการเข้าร่วมกิจกรรม " + certificate + " — ประชุมชี้แจง: ประชุมชี้แจงโครงการ")
                .contains(certificatePath)
                .contains("ไฟล์หลักฐาน 0 ไฟล์")
                .contains("<td data-label=\"เรื่อง\">" + MailKind.REGISTRATION_ACCEPTED.thai() + "</td>")
                // the navigation's entry, current here
                .contains("<a href=\"/organisation\" aria-current=\"page\">องค์กรของฉัน</a>")
                .doesNotContain((String) theirs.get("organisationName")).doesNotContain(otherCase)
                .doesNotContain("<script>").doesNotContain("style=");

        // the other organisation's coordinator: their case, waiting for the orientation, and nothing of ours
        User other = identity.createUserQuery().userId((String) theirs.get("coordinatorEmail")).singleResult();
        other.setPassword(PASSWORD);
        identity.saveUser(other);
        String theirHome = new Pages(port, SignIn.as(port, other.getId(), PASSWORD)).get("/organisation").body();
        assertThat(theirHome).contains(otherCase).contains("id=\"waiting-" + otherCase + "\"")
                .contains("รอการประชุมชี้แจงของสำนักงานวัฒนธรรมจังหวัด")
                .doesNotContain(caseNumber).doesNotContain((String) mine.get("organisationName"));

        // the same for an API client, and nothing for an officer
        HttpResponse<String> api = new Api(port).get("/api/organisation", coordinator, PASSWORD);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        JsonNode organisations = new ObjectMapper().readTree(api.body()).get("organisations");
        assertThat(organisations).hasSize(1);
        assertThat(organisations.at("/0/name").asText()).isEqualTo(mine.get("organisationName"));
        assertThat(organisations.at("/0/cases/0/caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(api.body()).contains(vision.getId()).doesNotContain(otherCase);
        HttpResponse<String> officer = new Api(port).get("/api/organisation", DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(officer.body()).get("organisations")).isEmpty();
    }

    @Test
    void officersGetANoteAndTheirOwnPagesNotAnError() {
        HttpResponse<String> officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo"))
                .get("/organisation");
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.body()).contains("id=\"notCoordinator\"").contains("href=\"/office\"")
                .doesNotContain("องค์กรของฉัน</a>").doesNotContain("class=\"home-case\"");
        HttpResponse<String> dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, "demo")).get("/organisation");
        assertThat(dra.statusCode()).isEqualTo(200);
        assertThat(dra.body()).contains("id=\"notCoordinator\"").contains("href=\"/office\"");
        // not signed in: to the sign-in page first
        HttpResponse<String> anonymous = new Pages(port, java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build()).get("/organisation");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login");
    }
}
