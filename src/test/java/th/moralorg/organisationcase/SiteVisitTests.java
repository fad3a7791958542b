package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.WaitingOn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestMail;
import th.moralorg.validation.FormValidationException;

/**
 * The tail of a case on the real process from provincial certification to the year's end (seed
 * 5.2.2(4)–(6)): the national-database entry beside the national result, the site visit the PCO
 * schedules, the notice and its mail, the organisation's confirmation. Chiang Mai cases of fiscal
 * years 2635–2639 only (each test its own year), opened as a re-assessment of an organisation
 * registered this year.
 */
@IntegrationTest
class SiteVisitTests {

    static final String OFFICER = "officer.50";
    static final String PASSWORD = "ตรวจเยี่ยม2570ok";
    static final java.nio.file.Path PAPERS = java.nio.file.Path.of("target", "documents");
    static final int THIS_YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    CaseSteps steps;
    @Autowired
    CasePositions positions;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DocumentRegister register;
    @Autowired
    SiteVisits siteVisits;

    @BeforeEach
    void processAssertionsOnThisEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void theTailRunsFromProvincialCertificationThroughTheSiteVisitToTheYearsEnd() throws Exception {
        Opened c = certified(2635);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber())
                .singleResult();
        BpmnAwareTests.assertThat(instance).isWaitingAt("recordNationalDatabase", "awaitNationalResult");

        // the national result first, while the entry is open: the endorsed branch goes to the site visit
        driver.correlate("NationalResult", c.caseNumber(), Map.of("nationalResult", "ENDORSED"));
        BpmnAwareTests.assertThat(instance).isWaitingAt("recordNationalDatabase", "scheduleSiteVisit");
        assertThat(positions.of(c.caseNumber()).orElseThrow().stage()).isEqualTo("scheduleSiteVisit");

        LocalDate day = LocalDate.now().plusDays(45);
        driver.complete(c.caseNumber(), "scheduleSiteVisit", OFFICER, Forms.siteVisit(day));
        SiteVisits.Visit visit = jdbcVisit(c.caseNumber());
        assertThat(visit.visitDate()).isEqualTo(day);
        assertThat(visit.visitors()).extracting(SiteVisits.Visitor::name)
                .containsExactly("นางสาวสมศรี ใจงาม", "นายประเสริฐ คงดี");
        assertThat(visit.checklist()).extracting(SiteVisits.Entry::code)
                .containsExactly("SHOW_ACTIVITIES", "PRESENT_HEAD", "DOC_EVIDENCE");

        // the notice: numbered in the office's outgoing-letter register, in the case file, mailed with its link
        DocumentRegister.Issued notice = register.find(DocumentKind.SITE_VISIT_NOTICE, c.caseNumber()).orElseThrow();
        assertThat(notice.issuedBy()).isEqualTo(OFFICER);
        assertThat(notice.issuedTo()).isEqualTo(c.organisationId());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> TestMail.to(c.coordinator()).stream().anyMatch(m -> subject(m).contains("ตรวจเยี่ยม")));
        String mail = jdbc.sql("select body_text from mo.notification where kind = 'site-visit-preparation'"
                + " and business_key = ?").param(c.caseNumber()).query(String.class).single();
        assertThat(mail).contains(ThaiDates.longDate(day), "นางสาวสมศรี ใจงาม (วัฒนธรรมจังหวัดเชียงใหม่)",
                "- สิ่งที่นำชม: พื้นที่หรือจุดดำเนินกิจกรรมตามแผน อ.04", notice.reference(),
                "/cases/" + c.caseNumber() + "/site-visit-notice.pdf");

        // the organisation confirms, one item not ready yet, with its reason
        assertThat(positions.of(c.caseNumber()).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("confirmSiteVisit", WaitingOn.ORGANISATION);
        Map<String, Object> notAll = Map.of("readyItems", List.of("SHOW_ACTIVITIES", "PRESENT_HEAD"));
        assertThatThrownBy(() -> driver.complete(c.caseNumber(), "confirmSiteVisit", c.coordinator(), notAll))
                .hasRootCauseInstanceOf(FormValidationException.class)
                .rootCause().hasMessageContaining("กรุณาระบุหมายเหตุว่ารายการที่ยังไม่พร้อม");
        driver.complete(c.caseNumber(), "confirmSiteVisit", c.coordinator(), Map.of("readyItems",
                List.of("SHOW_ACTIVITIES", "PRESENT_HEAD"), "confirmationRemarks", "ภาพกิจกรรมจะพิมพ์เสร็จก่อนวันตรวจเยี่ยม"));
        SiteVisits.Visit confirmed = jdbcVisit(c.caseNumber());
        assertThat(confirmed.confirmedBy()).isEqualTo(c.coordinator());
        assertThat(confirmed.checklist()).extracting(SiteVisits.Entry::ready).containsExactly(true, true, false);
        // the national branch is done; the case stands at the entry again, which closes the year
        assertThat(positions.of(c.caseNumber()).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("recordNationalDatabase", WaitingOn.OFFICE);
        driver.complete(c.caseNumber(), "recordNationalDatabase", OFFICER, Map.of("nationalDatabaseRecorded", true));
        BpmnAwareTests.assertThat(instance).hasPassed("nationalStepsDone", "yearDone").isWaitingAt("awaitReassessment");
        assertThat(positions.of(c.caseNumber()).orElseThrow().stage()).isEqualTo("awaitReassessment");
        assertThat(driver.status(c.caseNumber())).isEqualTo(CaseStatus.NATIONALLY_ENDORSED.name());

        // the case page shows the visit and the notice among the issued documents
        String page = get(SignIn.as(port, OFFICER, "demo"), "/cases/" + c.caseNumber());
        assertThat(page).contains("id=\"site-visit\"", ThaiDates.longDate(day), "นายประเสริฐ คงดี",
                "ยังไม่พร้อม", "ภาพกิจกรรมจะพิมพ์เสร็จก่อนวันตรวจเยี่ยม", "หนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยม",
                "/cases/" + c.caseNumber() + "/site-visit-notice.pdf");
    }

    @Test
    void aVisitDateNotInTheFutureOrNoVisitorIsRefusedInThaiAndNothingIsStored() throws Exception {
        Opened c = certified(2636);
        driver.correlate("NationalResult", c.caseNumber(), Map.of("nationalResult", "ENDORSED"));
        Map<String, Object> today = new HashMap<>(Forms.siteVisit(LocalDate.now()));
        assertThatThrownBy(() -> driver.complete(c.caseNumber(), "scheduleSiteVisit", OFFICER, today))
                .rootCause().isInstanceOf(FormValidationException.class)
                .hasMessageContaining("วันตรวจเยี่ยมต้องเป็นวันหลังวันนี้");
        Map<String, Object> nobody = new HashMap<>(Forms.siteVisit(LocalDate.now().plusDays(10)));
        nobody.keySet().removeIf(k -> k.startsWith("visitor"));
        assertThatThrownBy(() -> driver.complete(c.caseNumber(), "scheduleSiteVisit", OFFICER, nobody))
                .rootCause().isInstanceOf(FormValidationException.class)
                .hasMessageContaining("กรุณาระบุผู้ตรวจเยี่ยมอย่างน้อย 1 คน");
        Map<String, Object> halfAVisitor = new HashMap<>(Forms.siteVisit(LocalDate.now().plusDays(10)));
        halfAVisitor.remove("visitor2Position");
        halfAVisitor.put("checklistItems", List.of("NOT_IN_THE_GUIDELINE"));
        assertThatThrownBy(() -> driver.complete(c.caseNumber(), "scheduleSiteVisit", OFFICER, halfAVisitor))
                .rootCause().isInstanceOf(FormValidationException.class)
                .hasMessageContaining("ผู้ตรวจเยี่ยมคนที่ 2: ตำแหน่ง")
                .hasMessageContaining("ไม่อยู่ในแนวทางการเตรียมความพร้อมรับการตรวจเยี่ยม");

        assertThat(jdbc.sql("select count(*) from mo.site_visit where case_number = ?").param(c.caseNumber())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from mo.site_visit_visitor where case_number = ?").param(c.caseNumber())
                .query(Long.class).single()).isZero();
        assertThat(register.find(DocumentKind.SITE_VISIT_NOTICE, c.caseNumber())).isEmpty();

        // an API client sends more visitors than the form's five rows, as one list
        List<Map<String, String>> six = new java.util.ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            six.add(Map.of("name", "ผู้ตรวจเยี่ยม " + n, "position", "อนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด"));
        }
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", Map.of(
                "visitDate", Map.of("value", LocalDate.now().plusDays(10).toString()),
                "visitors", Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(six),
                        "type", "Json"),
                "checklistItems", Map.of("value", "[\"DOC_FORMS\"]", "type", "Json"))));
        String task = driver.task(c.caseNumber(), "scheduleSiteVisit").getId();
        HttpResponse<String> answer = new th.moralorg.support.Api(port).postJson("/engine-rest/task/" + task + "/complete",
                json, OFFICER, "demo");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        assertThat(siteVisits.of(c.caseNumber()).orElseThrow().visitors()).hasSize(6)
                .extracting(SiteVisits.Visitor::name).endsWith("ผู้ตรวจเยี่ยม 6");
    }

    @Test
    void theNoticeNamesTheOrganisationTheDayInTheBuddhistEraAndTheChecklist() throws Exception {
        Opened c = certified(2637);
        driver.correlate("NationalResult", c.caseNumber(), Map.of("nationalResult", "ENDORSED"));
        LocalDate day = LocalDate.now().plusDays(20);
        driver.complete(c.caseNumber(), "scheduleSiteVisit", OFFICER, Forms.siteVisit(day));
        HttpResponse<byte[]> pdf = bytes(SignIn.as(port, OFFICER, "demo"), "/cases/" + c.caseNumber()
                + "/site-visit-notice.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
            // both pages kept as test artifacts (issue 17)
            java.nio.file.Files.createDirectories(PAPERS);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document)
                        .renderImageWithDPI(page, 100), "png", PAPERS.resolve("site-visit-notice-" + (page + 1) + ".png")
                        .toFile());
            }
        }
        // compared without white space: a line may wrap anywhere in a table's cell
        String flat = text.replaceAll("\\s+", "");
        DocumentRegister.Issued notice = register.find(DocumentKind.SITE_VISIT_NOTICE, c.caseNumber()).orElseThrow();
        for (String expected : List.of(c.organisationName(), ThaiNumerals.of(ThaiDates.longDate(day)), notice.reference(),
                "พ.ศ. " + ThaiNumerals.of(day.getYear() + 543), "แจ้งเตรียมความพร้อมรับการตรวจเยี่ยมองค์กรคุณธรรม",
                "นางสาวสมศรี ใจงาม", "นักวิชาการวัฒนธรรมชำนาญการ", "พื้นที่หรือจุดดำเนินกิจกรรมตามแผน อ.04",
                "หัวหน้าองค์กรหรือผู้แทน", "หลักฐานการดำเนินกิจกรรม")) {
            assertThat(flat).contains(expected.replaceAll("\\s+", ""));
        }
    }

    @Test
    void onlyTheProvinceDraAndTheOrganisationReadTheVisit() throws Exception {
        Opened c = certified(2638);
        driver.correlate("NationalResult", c.caseNumber(), Map.of("nationalResult", "ENDORSED"));
        driver.complete(c.caseNumber(), "scheduleSiteVisit", OFFICER, Forms.siteVisit(LocalDate.now().plusDays(30)));
        Opened other = certified(2639);
        String notice = "/cases/" + c.caseNumber() + "/site-visit-notice.pdf";
        String page = "/cases/" + c.caseNumber();

        for (String[] who : List.of(new String[] {OFFICER, "demo"}, new String[] {"dra.officer", "demo"},
                new String[] {c.coordinator(), PASSWORD})) {
            HttpClient reader = SignIn.as(port, who[0], who[1]);
            assertThat(bytes(reader, notice).statusCode()).as(who[0]).isEqualTo(200);
            assertThat(get(reader, page)).as(who[0]).contains("id=\"site-visit\"", "นางสาวสมศรี ใจงาม");
        }
        for (String[] who : List.of(new String[] {"officer.10", "demo"}, new String[] {other.coordinator(), PASSWORD})) {
            HttpClient stranger = SignIn.as(port, who[0], who[1]);
            HttpResponse<byte[]> refused = bytes(stranger, notice);
            assertThat(refused.statusCode()).as(who[0]).isEqualTo(404);
            assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain(c.organisationName(), "%PDF");
            HttpResponse<String> file = SignIn.as(port, who[0], who[1]).send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).as(who[0]).isEqualTo(404);
            assertThat(file.body()).doesNotContain("นางสาวสมศรี ใจงาม");
        }
        // before the visit is scheduled, nobody gets a notice
        assertThat(bytes(SignIn.as(port, OFFICER, "demo"), "/cases/" + other.caseNumber() + "/site-visit-notice.pdf")
                .statusCode()).isEqualTo(404);
    }

    record Opened(String caseNumber, long organisationId, String organisationName, String coordinator) {
    }

    /**
     * An organisation registered this year, whose case of {@code year} (opened as a re-assessment,
     * as StartReassessmentDelegate does) the province has certified at level 2.
     */
    private Opened certified(int year) {
        Map<String, Object> form = CaseDriver.registrationForm("50", THIS_YEAR);
        String first = driver.register(form);
        String coordinator = (String) form.get("coordinatorEmail");
        driver.complete(first, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        password(coordinator);
        Cases.CaseSummary previous = cases.find(first).orElseThrow();
        String caseNumber = cases.nextCaseNumber(year, "50");
        cases.insertNextYearCase(caseNumber, previous, year);
        cases.updateStatus(caseNumber, CaseStatus.IN_PROGRESS);
        steps.start(caseNumber, () -> runtime.createMessageCorrelation("ReassessmentStarted")
                .processInstanceBusinessKey(caseNumber)
                .setVariable("caseNumber", caseNumber)
                .setVariable("previousCaseNumber", first)
                .setVariable("organisationId", previous.organisationId())
                .setVariable("organisationName", previous.organisationName())
                .setVariable(ProvinceTenants.PROVINCE_VARIABLE, "50")
                .setVariable("provinceName", "เชียงใหม่")
                .setVariable("fiscalYear", year)
                .setVariable("coordinatorGroup", OrganisationAccess.groupOf(previous.organisationId()))
                .setVariable("coordinatorUserId", previous.coordinatorUserId())
                .correlateStartMessage());
        driver.workThroughYear(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 7));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 2));
        return new Opened(caseNumber, previous.organisationId(), previous.organisationName(), coordinator);
    }

    private SiteVisits.Visit jdbcVisit(String caseNumber) {
        return siteVisits.of(caseNumber).orElseThrow();
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private void password(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }

    private String get(HttpClient client, String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<byte[]> bytes(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
