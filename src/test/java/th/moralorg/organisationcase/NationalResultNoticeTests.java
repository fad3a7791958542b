package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.PdfText;
import th.moralorg.support.SignIn;

/**
 * Issue 17: the province's letter telling each organisation the national result (seed 5.2.2(4)),
 * for two real cases certified by the province, one endorsed (outstanding model) and one not: it is
 * numbered in the office's register of outgoing letters with the result, the organisation's mail
 * links to it, the organisation and the province's officer download it as PDF and Word, another
 * organisation and another province's officer get the case's 404. First pages kept under target/documents/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalResultNoticeTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String OFFICER = "officer.50";
    static final String PASSWORD = "แจ้งผลระดับชาติ9ok";

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    DocumentRegister register;
    @Autowired
    JdbcClient jdbc;

    String endorsed;
    String endorsedName;
    String endorsedCoordinator;
    String notEndorsed;
    String notEndorsedCoordinator;

    @BeforeAll
    void twoCasesCertifiedAndResultsRecorded() {
        Map<String, Object> one = CaseDriver.registrationForm("50", YEAR);
        endorsedName = (String) one.get("organisationName");
        endorsedCoordinator = (String) one.get("coordinatorEmail");
        endorsed = certified(one, true);
        driver.correlate("NationalResult", endorsed, Map.of("nationalResult", "ENDORSED", "decidedBy", "dra.officer"));

        Map<String, Object> two = CaseDriver.registrationForm("50", YEAR);
        notEndorsedCoordinator = (String) two.get("coordinatorEmail");
        notEndorsed = certified(two, false);
        driver.correlate("NationalResult", notEndorsed, Map.of("nationalResult", "NOT_ENDORSED",
                "nationalRemarks", "ควรมีหลักฐานการติดตามผลรอบ ๑๒ เดือน", "decidedBy", "dra.officer"));
    }

    private String certified(Map<String, Object> form, boolean outstanding) {
        String caseNumber = driver.accepted(form, OFFICER, PASSWORD);
        driver.certify(caseNumber, (String) form.get("coordinatorEmail"), OFFICER, 3, outstanding);
        return caseNumber;
    }

    @Test
    void theNoticeIsNumberedWithTheResultAndTheMailLinksToIt() {
        DocumentRegister.Issued first = register.find(DocumentKind.NATIONAL_RESULT_NOTICE, endorsed).orElseThrow();
        DocumentRegister.Issued second = register.find(DocumentKind.NATIONAL_RESULT_NOTICE, notEndorsed).orElseThrow();
        assertThat(first.issuedBy()).isEqualTo(DocumentRegister.BY_THE_SYSTEM);
        assertThat(first.office()).isEqualTo("50");
        assertThat(first.fiscalYear()).isEqualTo(YEAR);
        // one series with the office's other letters: the next number, nothing between
        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(first.reference()).isEqualTo("ที่ วธ ๐๔๕๐/" + ThaiNumerals.of(first.number()));

        String mail = jdbc.sql("select body_text from mo.notification where kind = 'national-result' and business_key = ?")
                .param(endorsed).query(String.class).single();
        assertThat(mail).contains(first.reference())
                .contains("/cases/" + endorsed + "/national-result-notice.pdf")
                .contains("และคัดเลือกเป็นองค์กรต้นแบบโดดเด่น");
    }

    @Test
    void theOrganisationAndItsOfficeReadTheLetterAsPdfAndWord() throws Exception {
        DocumentRegister.Issued issued = register.find(DocumentKind.NATIONAL_RESULT_NOTICE, endorsed).orElseThrow();
        HttpClient organisation = SignIn.as(port, endorsedCoordinator, PASSWORD);
        HttpResponse<byte[]> pdf = get(organisation, "/cases/" + endorsed + "/national-result-notice.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String text = text(pdf.body(), "national-result-notice-endorsed");
        assertThat(text).contains(issued.reference(), "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่",
                "แจ้งผลการพิจารณาองค์กรคุณธรรมระดับชาติ", "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(YEAR), "นางสาวใจดี มีสุข",
                "วัฒนธรรมจังหวัดเชียงใหม่", "จึงขอแสดงความยินดี");
        assertThat(unwrapped(text)).contains(unwrapped("มีมติเห็นชอบผลการรับรองของ" + endorsedName
                + " และคัดเลือกเป็นองค์กรคุณธรรมต้นแบบโดดเด่น"), unwrapped("\"องค์กรคุณธรรมต้นแบบ\" (ระดับ ๓)"));
        // dated the day it was numbered, in Thai digits
        assertThat(text).containsPattern("[๐-๙]{1,2} [ก-๙]+ [๐-๙]{4}");

        HttpResponse<byte[]> word = get(SignIn.as(port, OFFICER, "demo"),
                "/cases/" + endorsed + "/national-result-notice.docx");
        assertThat(word.statusCode()).isEqualTo(200);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(word.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(issued.reference(), "แจ้งผลการพิจารณาองค์กรคุณธรรมระดับชาติ",
                    endorsedName);
        }

        // the case file lists it, issued by the system with the result
        String page = new String(get(organisation, "/cases/" + endorsed).body(), StandardCharsets.UTF_8);
        assertThat(page).contains(DocumentKind.NATIONAL_RESULT_NOTICE.thai(), issued.reference(),
                "/cases/" + endorsed + "/national-result-notice.pdf");
    }

    @Test
    void aCaseNotEndorsedGetsTheRemarksAndTheWayOn() throws Exception {
        HttpClient organisation = SignIn.as(port, notEndorsedCoordinator, PASSWORD);
        String text = text(get(organisation, "/cases/" + notEndorsed + "/national-result-notice.pdf").body(),
                "national-result-notice-not-endorsed");
        assertThat(unwrapped(text)).contains(unwrapped("มีมติไม่เห็นชอบผลการรับรอง"),
                unwrapped("ข้อสังเกตของคณะกรรมการ: ควรมีหลักฐานการติดตามผลรอบ ๑๒ เดือน"),
                unwrapped("ประเมินตนเองเพื่อขอรับการรับรองในปีงบประมาณถัดไป"));
        assertThat(text).doesNotContain("ขอแสดงความยินดี");
    }

    @Test
    void anEndorsedOrganisationGetsDrasCertificateWhichAnyoneCanVerify() throws Exception {
        DocumentRegister.Issued issued = register.find(DocumentKind.NATIONAL_CERTIFICATE, endorsed).orElseThrow();
        assertThat(issued.office()).isEqualTo("DRA");
        assertThat(issued.issuedBy()).isEqualTo(DocumentRegister.BY_THE_SYSTEM);
        assertThat(issued.reference()).isEqualTo("ที่ วธ ๐๔๐๑/" + ThaiNumerals.of(issued.number()));
        assertThat(register.find(DocumentKind.NATIONAL_CERTIFICATE, notEndorsed)).isEmpty();

        HttpClient organisation = SignIn.as(port, endorsedCoordinator, PASSWORD);
        HttpResponse<byte[]> pdf = get(organisation, "/cases/" + endorsed + "/national-certificate.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = text(pdf.body(), "national-certificate");
        assertThat(text).contains(issued.reference(), "กรมการศาสนา กระทรวงวัฒนธรรม", "เกียรติบัตร", endorsedName,
                "อธิบดีกรมการศาสนา", "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(YEAR));
        assertThat(unwrapped(text)).contains(unwrapped("ได้รับความเห็นชอบจากคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ ให้เป็น "
                + "\"องค์กรคุณธรรมต้นแบบ\""), unwrapped("องค์กรคุณธรรมต้นแบบโดดเด่น"));
        // the mail of the result links it; the case page lists it
        assertThat(jdbc.sql("select body_text from mo.notification where kind = 'national-result' and business_key = ?")
                .param(endorsed).query(String.class).single()).contains("/cases/" + endorsed + "/national-certificate.pdf");
        assertThat(new String(get(organisation, "/cases/" + endorsed).body(), StandardCharsets.UTF_8))
                .contains(DocumentKind.NATIONAL_CERTIFICATE.thai(), "/cases/" + endorsed + "/national-certificate.pdf");
        // its verification page, for anyone, by token and by the number printed on it
        String verified = new String(get(HttpClient.newHttpClient(), "/certificates/" + issued.token()).body(),
                StandardCharsets.UTF_8);
        assertThat(verified).contains(issued.reference(), endorsedName, "กรมการศาสนา");

        HttpResponse<byte[]> none = get(SignIn.as(port, notEndorsedCoordinator, PASSWORD),
                "/cases/" + notEndorsed + "/national-certificate.pdf");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("ยังไม่ได้รับความเห็นชอบ");
        assertThat(get(SignIn.as(port, notEndorsedCoordinator, PASSWORD), "/cases/" + endorsed
                + "/national-certificate.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void eachOfficeRevisesItsOwnPaperFromTheCasePage() throws Exception {
        Pages office = new Pages(port, SignIn.as(port, OFFICER, "demo"));
        Pages dra = new Pages(port, SignIn.as(port, "dra.officer", "demo"));
        Pages organisation = new Pages(port, SignIn.as(port, endorsedCoordinator, PASSWORD));
        String page = "/cases/" + endorsed;
        assertThat(office.get(page).body()).contains("reissue-NATIONAL_RESULT_NOTICE")
                .doesNotContain("reissue-NATIONAL_CERTIFICATE");
        assertThat(dra.get(page).body()).contains("reissue-NATIONAL_CERTIFICATE")
                .doesNotContain("reissue-NATIONAL_RESULT_NOTICE");
        assertThat(organisation.get(page).body()).doesNotContain("reissue-");

        DocumentRegister.Issued before = register.find(DocumentKind.NATIONAL_RESULT_NOTICE, endorsed).orElseThrow();
        assertThat(organisation.postFrom(page, page + "/documents/NATIONAL_RESULT_NOTICE/reissue", "").statusCode())
                .isEqualTo(403);
        assertThat(dra.postFrom(page, page + "/documents/NATIONAL_RESULT_NOTICE/reissue", "").statusCode())
                .isEqualTo(403);
        HttpResponse<String> revised = office.postFrom(page, page + "/documents/NATIONAL_RESULT_NOTICE/reissue", "");
        assertThat(revised.statusCode()).isEqualTo(303);
        DocumentRegister.Issued after = register.find(DocumentKind.NATIONAL_RESULT_NOTICE, endorsed).orElseThrow();
        assertThat(after.number()).isEqualTo(before.number());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(office.get(page).body()).contains("ฉบับแก้ไขครั้งที่ " + (after.version() - 1));
        assertThat(text(get(SignIn.as(port, endorsedCoordinator, PASSWORD), page + "/national-result-notice.pdf").body(),
                "national-result-notice-revised")).contains("ฉบับแก้ไขครั้งที่ " + ThaiNumerals.of(after.version() - 1));

        assertThat(dra.postFrom(page, page + "/documents/NATIONAL_CERTIFICATE/reissue", "").statusCode()).isEqualTo(303);
        assertThat(register.find(DocumentKind.NATIONAL_CERTIFICATE, endorsed).orElseThrow().version()).isEqualTo(2);
        // a paper the case does not have, and a kind that is no paper of the case page
        assertThat(office.postFrom(page, page + "/documents/SITE_VISIT_NOTICE/reissue", "").statusCode()).isEqualTo(404);
        assertThat(office.postFrom(page, page + "/documents/HONOUR_CERTIFICATE/reissue", "").statusCode()).isEqualTo(404);
        Pages bangkok = new Pages(port, SignIn.as(port, "officer.10", "demo"));
        assertThat(bangkok.post(page + "/documents/NATIONAL_RESULT_NOTICE/reissue", "x=1" + bangkok.csrfFieldOf("/"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void nobodyElseReadsIt() throws Exception {
        String path = "/cases/" + endorsed + "/national-result-notice.pdf";
        for (HttpClient stranger : List.of(SignIn.as(port, notEndorsedCoordinator, PASSWORD),
                SignIn.as(port, "officer.10", "demo"))) {
            HttpResponse<byte[]> refused = get(stranger, path);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains(CasePage.NOT_FOUND)
                    .doesNotContain(endorsedName);
        }
        // before a result there is no notice
        String pending = driver.register(CaseDriver.registrationForm("50", YEAR));
        HttpResponse<byte[]> none = get(SignIn.as(port, OFFICER, "demo"), "/cases/" + pending + "/national-result-notice.pdf");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("ยังไม่มีผลการพิจารณาระดับชาติ");
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text as one string of its lines; its first page kept under target/documents/. */
    private static String text(byte[] pdf, String name) throws IOException {
        return String.join("\n", PdfText.lines(pdf, name));
    }

    /** The text without spaces and line breaks: what a wrapped paragraph says, wherever it was broken. */
    private static String unwrapped(String text) {
        return text.replaceAll("\\s", "");
    }
}
