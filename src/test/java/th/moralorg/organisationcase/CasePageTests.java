package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.PdfText;
import th.moralorg.support.SignIn;

/**
 * The case page /cases/{n} and GET /api/cases/{n}/file (issue 11) for a real case driven through
 * the process to the subcommittee, its self-assessment (อ.02/อ.03, seed 5.2.1(4)) sent twice after
 * the PCO's request to revise (5.2.2(2)), with evidence files and the subcommittee's decision
 * (5.2.2(3)): what each role sees, and the 404 of those who may not; its filled forms as PDF (issue 17),
 * first pages kept under target/documents/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePageTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String PASSWORD = "แฟ้มเรื่อง2570ok";
    static final String OFFICER = "officer.50";
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    IdentityService identity;
    @Autowired
    Cases cases;
    @Autowired
    DocumentRegister register;
    @Autowired
    CaseSettings settings;

    String caseNumber;
    String nextYear;
    String organisationName;
    String coordinator;
    String otherCoordinator;
    String notCertified;
    long image;
    long pdf;

    @BeforeAll
    void aCaseRevisedOnceAndDecided() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        organisationName = (String) form.get("organisationName");
        coordinator = (String) form.get("coordinatorEmail");
        caseNumber = driver.accepted(form, OFFICER, PASSWORD);
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(1, 3));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "REVISE",
                "completenessRemarks", "กรุณาแนบหลักฐานขั้นที่ 4–9"));
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 9));
        Api api = new Api(port);
        image = id(api.multipart("/api/cases/" + caseNumber + "/attachments", "EVIDENCE", "ภาพกิจกรรม.png", PNG,
                coordinator, PASSWORD));
        pdf = id(api.multipart("/api/cases/" + caseNumber + "/attachments", "SELF_ASSESSMENT", "อ02.pdf",
                "%PDF-1.4\n% แบบประเมิน\n".getBytes(StandardCharsets.UTF_8), OFFICER, "demo"));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED",
                "certifiedLevel", 3, "outstandingModel", false, "decidedBy", OFFICER));

        // the next fiscal year's case of the same organisation, as 5.2.1(5)-(6) files it (before its instance starts)
        nextYear = cases.nextCaseNumber(YEAR + 1, "50");
        cases.insertNextYearCase(nextYear, cases.find(caseNumber).orElseThrow(), YEAR + 1);

        Map<String, Object> other = CaseDriver.registrationForm("50", YEAR);
        otherCoordinator = (String) other.get("coordinatorEmail");
        notCertified = driver.register(other);
        driver.complete(notCertified, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.password(otherCoordinator, PASSWORD);
    }

    @Test
    void theProvincesOfficerReadsTheWholeFile() {
        HttpResponse<String> page = pages(OFFICER, "demo").get("/cases/" + caseNumber);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains(organisationName, "เชียงใหม่", "พ.ศ. " + YEAR,
                "ผ่านการรับรองของจังหวัด", "ระดับ 3 องค์กรคุณธรรมต้นแบบ");
        // now: the case waits for the national result, a message, named as the model names it, and
        // at the same time for the PCO's national-database entry (5.2.2(5), after provincial certification)
        assertThat(section(html, "waiting")).contains("รอผลระดับชาติ", "บันทึกลงฐานข้อมูลองค์กรคุณธรรม");
        // and whom it waits on, as the case list has it (the stored position): the one who can act
        assertThat(html).contains("<dd id=\"position\">รอสำนักงานวัฒนธรรมจังหวัด ตั้งแต่ ");
        // the organisation's data of อ.01, labelled as the registration form labels it
        assertThat(section(html, "organisation")).contains("ชื่อหัวหน้าองค์กร", "นางสาวใจดี มีสุข");
        // forms: a value under its Camunda Forms label, both versions of อ.02/อ.03 and what changed
        assertThat(html).contains("ต้นทุนความดีที่มีอยู่ (จุดแข็ง)", "ครูและนักเรียนมีจิตอาสา",
                "ตรงต่อเวลา ทุกการประชุม", "วินัย");
        String assessment = section(html, "form-O02_O03");
        assertThat(assessment).contains("ฉบับล่าสุด ฉบับที่ 2", "ฉบับที่ 1 ส่งเมื่อ", "สิ่งที่เปลี่ยนจากฉบับที่ 1",
                "ขั้นที่ 1 ประกาศเจตนารมณ์ร่วมกันที่จะขับเคลื่อนองค์กรให้เป็นองค์กรคุณธรรม: </span><del>1 ทำบางส่วน</del>",
                "<ins>2 ทำครบถ้วน</ins>", "<ins>9</ins>");
        assertThat(section(html, "form-O04")).as("plan rows as a table").contains("<th scope=\"col\">กิจกรรม</th>",
                "ฝ่ายบริหาร");
        // files with their purpose and who attached them
        String files = section(html, "attachments");
        assertThat(files).contains("ภาพกิจกรรม.png", "อ02.pdf", "หลักฐานประกอบ", "/cases/" + caseNumber
                + "/attachments/" + image + "/preview", "/api/cases/" + caseNumber + "/attachments/" + pdf);
        // the level: the DMN rule that matched, in words, from the scores it read
        assertThat(section(html, "level")).contains("ครบ 9 ขั้นตอน และบรรลุเป้าหมายตั้งแต่ร้อยละ 70",
                "ร้อยละของกิจกรรมที่บรรลุเป้าหมาย (อ.03)", "ผ่านขั้นตอนที่ 1–3", "แถวที่ 3 ของตาราง");
        // decisions with who made them: the completeness check and the subcommittee's, delivered by message
        String officer = fullName(OFFICER);
        String decisions = section(html, "decisions");
        assertThat(decisions).contains("ส่งกลับให้องค์กรแก้ไข", "กรุณาแนบหลักฐานขั้นที่ 4–9", "ครบถ้วน เสนอคณะอนุกรรมการ",
                "มติคณะอนุกรรมการส่งเสริมคุณธรรมจังหวัด", officer);
        assertThat(decisions.split(officer, -1)).as("each decision names the officer").hasSize(4 + 1);
        // the timeline: steps with who completed them, mails, decisions
        String timeline = section(html, "timeline");
        assertThat(timeline).contains("data-kind=\"STEP\"", "data-kind=\"MAIL\"", "data-kind=\"DECISION\"",
                "data-kind=\"FORM\"", "data-kind=\"FILE\"", "ประเมินตนเอง อ.02 และ อ.03", "แจ้งได้รับแบบประเมินตนเอง");
    }

    @Test
    void theOrganisationsOtherYearsLinkToEachOther() {
        Pages officer = pages(OFFICER, "demo");
        String next = section(officer.get("/cases/" + nextYear).body(), "other-cases");
        assertThat(next).contains("href=\"/cases/" + caseNumber + "\"", "พ.ศ. " + YEAR, "ระดับ 3 องค์กรคุณธรรมต้นแบบ");
        assertThat(section(officer.get("/cases/" + caseNumber).body(), "other-cases"))
                .contains("href=\"/cases/" + nextYear + "\"", "ส่งแบบ อ.01 แล้ว รอตรวจ");
    }

    @Test
    void anEvidenceFileDownloadsAndPreviewsSafely() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        HttpResponse<byte[]> download = bytes(officer, "/api/cases/" + caseNumber + "/attachments/" + pdf);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).startsWith("%PDF-1.4");

        HttpResponse<byte[]> preview = bytes(officer, "/cases/" + caseNumber + "/attachments/" + image + "/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).isEqualTo(PNG);
        assertThat(preview.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(preview.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(preview.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(preview.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .startsWith("sandbox;").contains("frame-ancestors 'self'");
        assertThat(bytes(officer, "/cases/" + caseNumber + "/attachments/" + pdf + "/preview").headers()
                .firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");

        HttpClient elsewhere = SignIn.as(port, "officer.10", "demo");
        assertThat(bytes(elsewhere, "/cases/" + caseNumber + "/attachments/" + image + "/preview").statusCode())
                .isEqualTo(404);
    }

    @Test
    void whoMayNotReadTheCaseFindsNoSuchCase() {
        for (String[] who : List.of(new String[] {"officer.10", "demo"}, new String[] {otherCoordinator, PASSWORD})) {
            HttpResponse<String> page = pages(who[0], who[1]).get("/cases/" + caseNumber);
            assertThat(page.statusCode()).as(who[0]).isEqualTo(404);
            assertThat(page.body()).contains("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้").doesNotContain(organisationName);
        }
        assertThat(pages(OFFICER, "demo").get("/cases/MO-2000-50-9999").statusCode()).isEqualTo(404);
    }

    @Test
    void theCoordinatorAndAManagerReadItTooTheManagerWithoutActions() {
        HttpResponse<String> own = pages(coordinator, PASSWORD).get("/cases/" + caseNumber);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(organisationName, "ครูและนักเรียนมีจิตอาสา", "แนบไฟล์หลักฐานของเรื่องนี้");

        HttpResponse<String> manager = pages("manager", "demo").get("/cases/" + caseNumber);
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains(organisationName, "ภาพกิจกรรม.png")
                .doesNotContain("แนบไฟล์หลักฐานของเรื่องนี้", "<form method=\"post\" action=\"/cases");
    }

    @Test
    void anApiClientGetsTheSameFileAsJson() throws Exception {
        Api api = new Api(port);
        HttpResponse<String> answer = api.get("/api/cases/" + caseNumber + "/file", OFFICER, "demo");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode file = JSON.readTree(answer.body());
        assertThat(file.at("/summary/organisationName").asText()).isEqualTo(organisationName);
        assertThat(file.at("/summary/statusName").asText()).isEqualTo("ผ่านการรับรองของจังหวัด");
        assertThat(file.at("/waiting/events/0/name").asText()).isEqualTo("รอผลระดับชาติ");
        assertThat(file.at("/position/waitingOn").asText()).isEqualTo("OFFICE");
        assertThat(file.at("/position/stage").asText()).isEqualTo("recordNationalDatabase");
        JsonNode assessment = null;
        for (JsonNode form : file.get("forms")) {
            if (form.get("formCode").asText().equals("O02_O03")) {
                assessment = form;
            }
        }
        assertThat(assessment).isNotNull();
        assertThat(assessment.get("versions")).hasSize(2);
        List<String> changed = new ArrayList<>();
        assessment.at("/versions/0/changes").forEach(c -> changed.add(c.get("label").asText() + ": "
                + c.get("before").asText() + " → " + c.get("after").asText()));
        assertThat(changed).contains("จำนวนกิจกรรมที่บรรลุเป้าหมาย: 3 → 9");
        assertThat(file.at("/levelProposals/0/ruleId").asText()).isEqualTo("rule-1");
        assertThat(file.at("/levelProposals/0/levelName").asText()).isEqualTo("ระดับ 3 องค์กรคุณธรรมต้นแบบ");
        assertThat(file.at("/levelProposals/1/level").asInt()).as("the first self-assessment's proposal").isEqualTo(1);
        List<String> deciders = new ArrayList<>();
        file.get("decisions").forEach(d -> deciders.add(d.get("stage").asText() + " " + d.get("decidedBy").asText()));
        assertThat(deciders).contains("PROVINCIAL " + OFFICER, "COMPLETENESS " + OFFICER, "INTENT_REVIEW " + OFFICER);
        assertThat(file.at("/attachments/0/uploadedByName").asText()).isNotBlank();

        HttpResponse<String> elsewhere = api.get("/api/cases/" + caseNumber + "/file", "officer.10", "demo");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(elsewhere.body()).get("detail").asText()).isEqualTo("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้");
        assertThat(api.get("/api/cases/" + caseNumber + "/file", otherCoordinator, PASSWORD).statusCode()).isEqualTo(404);
    }

    /** Issue 17: the filled forms as PDF, from the case page's links (FormPapers). */
    @Test
    void theOfficerDownloadsTheSelfAssessmentEachVersionFromTheCasePage() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        String page = new String(bytes(officer, "/cases/" + caseNumber).body(), StandardCharsets.UTF_8);
        String latestLink = "/cases/" + caseNumber + "/forms/O02_O03.pdf?version=2";
        assertThat(page).contains(latestLink, "/cases/" + caseNumber + "/forms/O02_O03.pdf?version=1",
                "/cases/" + caseNumber + "/forms/O01.pdf?version=1").doesNotContain("/forms/INTENT_REVIEW.pdf");

        HttpResponse<byte[]> latest = bytes(officer, "/cases/" + caseNumber + "/forms/O02_O03.pdf");
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String disposition = URLDecoder.decode(latest.headers().firstValue("Content-Disposition").orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(disposition).startsWith("attachment").contains("อ.02-อ.03 " + caseNumber + " ฉบับที่ 2.pdf");
        List<String> lines = text(latest.body(), "O02_O03");
        assertThat(unwrapped(lines)).contains(unwrapped(List.of("แบบประเมินตนเอง อ.02 และแบบประเมินความสำเร็จ อ.03")));
        assertThat(lines).contains("องค์กร " + organisationName, "โครงการส่งเสริมองค์กรคุณธรรม ปีงบประมาณ พ.ศ. "
                + ThaiNumerals.of(YEAR), "คะแนนรวมของ อ.02 (9 ขั้น) 18", "จำนวนกิจกรรมที่บรรลุ 9");
        assertThat(lines).anyMatch(l -> l.matches("ฉบับที่ ๒ ส่งเมื่อ [๐-๙]{1,2} \\S+ พ\\.ศ\\. [๐-๙]{4} โดย.*"));

        assertThat(text(bytes(officer, latestLink.replace("version=2", "version=1")).body(), "O02_O03-v1"))
                .contains("คะแนนรวมของ อ.02 (9 ขั้น) 9", "จำนวนกิจกรรมที่บรรลุ 3");
        assertThat(bytes(officer, latestLink.replace("version=2", "version=3")).statusCode()).isEqualTo(404);
        assertThat(bytes(officer, "/cases/" + caseNumber + "/forms/INTENT_REVIEW.pdf").statusCode())
                .as("the officers' own records are no kit form").isEqualTo(404);
    }

    @Test
    void theOrganisationDownloadsItsOwnFormsAndNobodyElseOutsideTheProvinceDoes() throws Exception {
        HttpResponse<byte[]> own = bytes(SignIn.as(port, coordinator, PASSWORD), "/cases/" + caseNumber + "/forms/O01.pdf");
        assertThat(own.statusCode()).isEqualTo(200);
        List<String> lines = text(own.body(), "O01");
        assertThat(unwrapped(lines)).contains(unwrapped(List.of("แบบแสดงความจำนงเข้าร่วมโครงการส่งเสริมองค์กรคุณธรรม อ.01")));
        assertThat(lines).contains("ชื่อหัวหน้าองค์กร นางสาวใจดี มีสุข");

        for (HttpClient stranger : List.of(SignIn.as(port, "officer.10", "demo"), SignIn.as(port, otherCoordinator, PASSWORD))) {
            HttpResponse<byte[]> refused = bytes(stranger, "/cases/" + caseNumber + "/forms/O02_O03.pdf");
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                    .contains("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้").doesNotContain(organisationName);
        }
    }

    /**
     * Issue 17: the declaration อ.05 as the poster the organisation signs and posts: the text it
     * declared, its target virtues, the day in พ.ศ., the head's signature, a numbered signature line
     * for each of its 5 executives and 120 members; nobody else's, and none before the declaration.
     */
    @Test
    void theOrganisationPrintsItsDeclarationAsAPosterWithSignatureSheets() throws Exception {
        String path = "/cases/" + caseNumber + "/declaration-poster.pdf";
        HttpClient organisation = SignIn.as(port, coordinator, PASSWORD);
        assertThat(new String(bytes(organisation, "/cases/" + caseNumber).body(), StandardCharsets.UTF_8))
                .contains("id=\"declaration-poster\"");
        HttpResponse<byte[]> poster = bytes(organisation, path);
        assertThat(poster.statusCode()).isEqualTo(200);
        List<String> lines = text(poster.body(), "declaration-poster");
        String text = String.join("\n", lines);
        assertThat(text.replaceAll("\\s", "")).contains(("เรื่อง ประกาศเจตนารมณ์ขับเคลื่อน" + organisationName
                + "สู่องค์กรคุณธรรม").replaceAll("\\s", ""));
        assertThat(text).contains("ประกาศ" + organisationName, "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(YEAR),
                "โรงเรียนขอประกาศเจตนารมณ์เป็นองค์กรคุณธรรม", "วินัย", "จิตอาสา", "ประกาศ ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๘",
                "(นางสาวใจดี มีสุข)", "รายชื่อผู้บริหารร่วมประกาศเจตนารมณ์", "รายชื่อบุคลากรและสมาชิกร่วมประกาศเจตนารมณ์",
                "ลายมือชื่อ");
        // a numbered line for each of the 5 executives and the 120 members
        assertThat(lines).contains("๕").contains("๑๒๐").doesNotContain("๑๒๑");
        assertThat(bytes(SignIn.as(port, otherCoordinator, PASSWORD), path).statusCode()).isEqualTo(404);
        String pending = driver.register(CaseDriver.registrationForm("50", YEAR));
        HttpResponse<byte[]> none = bytes(SignIn.as(port, OFFICER, "demo"), "/cases/" + pending + "/declaration-poster.pdf");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("ยังไม่ได้ส่งแบบประกาศเจตนารมณ์");
    }

    /** Issue 17: the organisation's certificates for whom its step 5 honours, one page each, signed by its head. */
    @Test
    void theOrganisationPrintsCertificatesForThePeopleAndTeamsItHonours() throws Exception {
        HttpClient organisation = SignIn.as(port, coordinator, PASSWORD);
        assertThat(new String(bytes(organisation, "/cases/" + caseNumber).body(), StandardCharsets.UTF_8))
                .contains("id=\"honour-certificates\"");
        HttpResponse<byte[]> certificates = bytes(organisation, "/cases/" + caseNumber + "/honour-certificates.pdf");
        assertThat(certificates.statusCode()).isEqualTo(200);
        String text = String.join("\n", text(certificates.body(), "honour-certificates"));
        assertThat(text).contains(organisationName, "เกียรติบัตร", "ทีมจิตอาสาชั้น ป.6", "เป็นทีมที่ทำความดีเป็นแบบอย่าง",
                "เก็บขยะรอบโรงเรียนทุกวันศุกร์", "(นางสาวใจดี มีสุข)", "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(YEAR));
        assertThat(bytes(SignIn.as(port, otherCoordinator, PASSWORD), "/cases/" + caseNumber + "/honour-certificates.pdf")
                .statusCode()).isEqualTo(404);
        String pending = driver.register(CaseDriver.registrationForm("50", YEAR));
        assertThat(bytes(SignIn.as(port, OFFICER, "demo"), "/cases/" + pending + "/honour-certificates.pdf").statusCode())
                .isEqualTo(404);
    }

    /**
     * Issue 17: the certificate of the certified level. The organisation finds none before the office
     * issues it; the officer's first download registers a number, later ones (anyone's) return it;
     * a reissue keeps the number and marks the revision; strangers get the case's 404.
     */
    @Test
    void theOfficeIssuesTheCertificateOnItsFirstDownloadWithItsNumberAndAQrCode() throws Exception {
        String path = "/cases/" + caseNumber + "/certificate.pdf";
        HttpClient organisation = SignIn.as(port, coordinator, PASSWORD);
        HttpResponse<byte[]> early = bytes(organisation, path);
        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(new String(early.body(), StandardCharsets.UTF_8)).contains("ยังไม่ได้ออกเกียรติบัตร");
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        assertThat(bytes(officer, "/cases/" + notCertified + "/certificate.pdf").statusCode()).isEqualTo(404);

        HttpResponse<byte[]> first = bytes(officer, path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        DocumentRegister.Issued issued = register.find(DocumentKind.LEVEL_CERTIFICATE, caseNumber).orElseThrow();
        assertThat(issued.issuedBy()).isEqualTo(OFFICER);
        assertThat(issued.reference()).isEqualTo("ที่ วธ ๐๔๕๐/" + ThaiNumerals.of(issued.number()));
        List<String> lines = text(first.body(), "certificate");
        assertThat(unwrapped(lines)).contains(unwrapped(List.of(organisationName)));
        assertThat(lines).contains(issued.reference(), "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่", "เกียรติบัตร",
                "ได้รับการรับรองเป็น \"องค์กรคุณธรรมต้นแบบ\" (ระดับ ๓)",
                "ตามโครงการส่งเสริมองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(YEAR));
        assertThat(lines).anyMatch(l -> l.matches("ให้ไว้ ณ วันที่ [๐-๙]{1,2} \\S+ พ\\.ศ\\. [๐-๙]{4}"));
        assertThat(qrCode(first.body())).isEqualTo(settings.publicBaseUrl() + "/certificates/" + issued.token());
        // what the QR code opens, for anyone, no sign-in: the certificate as issued, nothing personal
        HttpClient anyone = HttpClient.newHttpClient();
        HttpResponse<byte[]> verified = bytes(anyone, "/certificates/" + issued.token());
        assertThat(verified.statusCode()).isEqualTo(200);
        String verification = new String(verified.body(), StandardCharsets.UTF_8);
        assertThat(verification).contains("เกียรติบัตรฉบับนี้ออกโดยระบบบริหารงานองค์กรคุณธรรมจริง", issued.reference(),
                "องค์กรคุณธรรมต้นแบบ", "เชียงใหม่", "พ.ศ. " + YEAR).contains(organisationName)
                .doesNotContain(coordinator).doesNotContain("noLongerStands");
        for (String forged : List.of(issued.token().substring(1) + "A", "x", issued.token() + "0")) {
            HttpResponse<byte[]> refused = bytes(anyone, "/certificates/" + forged);
            assertThat(refused.statusCode()).as(forged).isEqualTo(404);
        }
        assertThat(new String(bytes(anyone, "/certificates/" + issued.token().substring(1) + "A").body(),
                StandardCharsets.UTF_8)).contains("ไม่พบเกียรติบัตรตามรหัสนี้ในระบบ");

        assertThat(text(bytes(organisation, path).body(), "certificate-again")).contains(issued.reference());
        assertThat(register.find(DocumentKind.LEVEL_CERTIFICATE, caseNumber).orElseThrow().number()).isEqualTo(issued.number());
        for (HttpClient stranger : List.of(SignIn.as(port, "officer.10", "demo"), SignIn.as(port, otherCoordinator, PASSWORD))) {
            assertThat(bytes(stranger, path).statusCode()).isEqualTo(404);
        }

        String page = new String(bytes(officer, "/cases/" + caseNumber).body(), StandardCharsets.UTF_8);
        assertThat(section(page, "documents")).contains(path, "เกียรติบัตรองค์กรคุณธรรม", issued.reference());
        assertThat(section(page, "timeline")).contains("ออกเกียรติบัตรองค์กรคุณธรรม");
        assertThat(new String(bytes(organisation, "/organisation").body(), StandardCharsets.UTF_8))
                .contains(path, issued.reference());

        Api api = new Api(port);
        assertThat(api.postJson("/api/cases/" + caseNumber + "/certificate/reissue", "{}", coordinator, PASSWORD)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> reissued = api.postJson("/api/cases/" + caseNumber + "/certificate/reissue", "{}", OFFICER, "demo");
        assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(200);
        assertThat(JSON.readTree(reissued.body()).get("version").asInt()).isEqualTo(issued.version() + 1);
        assertThat(JSON.readTree(reissued.body()).get("number").asInt()).isEqualTo(issued.number());
        assertThat(text(bytes(officer, path).body(), "certificate-revised"))
                .contains(issued.reference(), "ฉบับแก้ไขครั้งที่ " + ThaiNumerals.of(issued.version()));
    }

    /** Two offices' clerks issue at once: one series, distinct numbers; the same subject twice is one document. */
    @Test
    void numbersStayUniqueUnderConcurrentIssue() throws Exception {
        long organisation = cases.find(caseNumber).orElseThrow().organisationId();
        int year = YEAR + 40; // a series of its own, so the case's certificate keeps its number
        String a = "T-" + java.util.UUID.randomUUID();
        String b = "T-" + java.util.UUID.randomUUID();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(4);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<DocumentRegister.Issued>> issued = new ArrayList<>();
            for (String subject : List.of(a, b, a, b)) {
                issued.add(threads.submit(() -> {
                    start.await();
                    return register.issue("50", year, DocumentKind.LEVEL_CERTIFICATE, subject, organisation, OFFICER);
                }));
            }
            List<DocumentRegister.Issued> done = new ArrayList<>();
            for (var f : issued) {
                done.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(done.get(0).number()).isNotEqualTo(done.get(1).number());
            assertThat(done.get(2).id()).isEqualTo(done.get(0).id());
            assertThat(done.get(3).id()).isEqualTo(done.get(1).id());
            assertThat(Math.abs(done.get(0).number() - done.get(1).number())).as("no gap between them").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    /** What the page's QR code says, read back from the first page at 150 dpi. */
    private static String qrCode(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }

    private static List<String> text(byte[] pdf, String name) throws IOException {
        return PdfText.lines(pdf, name);
    }

    private static String unwrapped(List<String> lines) {
        return PdfText.unwrapped(lines);
    }

    /** The HTML of the element with this id, up to the next section (enough to tell sections apart). */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isPositive();
        int end = html.indexOf("<section", start + 1);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private Pages pages(String user, String password) {
        return new Pages(port, SignIn.as(port, user, password));
    }

    private HttpResponse<byte[]> bytes(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private static long id(HttpResponse<String> uploaded) {
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        try {
            return JSON.readTree(uploaded.body()).get("id").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
