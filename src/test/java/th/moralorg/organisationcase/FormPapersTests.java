package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.documents.ThaiNumerals;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * The filled forms of a real case as PDF (issue 17): its self-assessment อ.02/อ.03, sent twice,
 * and its อ.01, downloaded from the case page's links by who may read the case; 404 for another
 * province's officer and another organisation's coordinator. First pages kept under target/documents/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormPapersTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String PASSWORD = "แบบพิมพ์2570ok";
    static final String OFFICER = "officer.50";
    static final Path OUT = Path.of("target", "documents");

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    IdentityService identity;

    String caseNumber;
    String organisationName;
    String coordinator;
    String otherCoordinator;

    @BeforeAll
    void aCaseThatSentItsSelfAssessmentTwice() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        organisationName = (String) form.get("organisationName");
        coordinator = (String) form.get("coordinatorEmail");
        caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-12-01"));
        password(coordinator);
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(1, 3));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "REVISE",
                "completenessRemarks", "กรุณาแนบหลักฐาน"));
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 9));

        Map<String, Object> other = CaseDriver.registrationForm("50", YEAR);
        otherCoordinator = (String) other.get("coordinatorEmail");
        driver.complete(driver.register(other), "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        password(otherCoordinator);
    }

    @Test
    void theOfficerDownloadsTheSelfAssessmentEachVersionFromTheCasePage() throws Exception {
        HttpClient officer = SignIn.as(port, OFFICER, "demo");
        String page = new String(get(officer, "/cases/" + caseNumber).body(), StandardCharsets.UTF_8);
        String latestLink = "/cases/" + caseNumber + "/forms/O02_O03.pdf?version=2";
        assertThat(page).contains(latestLink, "/cases/" + caseNumber + "/forms/O02_O03.pdf?version=1",
                "/cases/" + caseNumber + "/forms/O01.pdf?version=1").doesNotContain("/forms/INTENT_REVIEW.pdf");

        HttpResponse<byte[]> latest = get(officer, "/cases/" + caseNumber + "/forms/O02_O03.pdf");
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

        assertThat(text(get(officer, latestLink.replace("version=2", "version=1")).body(), "O02_O03-v1"))
                .contains("คะแนนรวมของ อ.02 (9 ขั้น) 9", "จำนวนกิจกรรมที่บรรลุ 3");
        assertThat(get(officer, latestLink.replace("version=2", "version=3")).statusCode()).isEqualTo(404);
        assertThat(get(officer, "/cases/" + caseNumber + "/forms/INTENT_REVIEW.pdf").statusCode())
                .as("the officers' own records are no kit form").isEqualTo(404);
    }

    @Test
    void theOrganisationDownloadsItsOwnFormsAndNobodyElseOutsideTheProvinceDoes() throws Exception {
        HttpResponse<byte[]> own = get(SignIn.as(port, coordinator, PASSWORD), "/cases/" + caseNumber + "/forms/O01.pdf");
        assertThat(own.statusCode()).isEqualTo(200);
        List<String> lines = text(own.body(), "O01");
        assertThat(unwrapped(lines)).contains(unwrapped(List.of("แบบแสดงความจำนงเข้าร่วมโครงการส่งเสริมองค์กรคุณธรรม อ.01")));
        assertThat(lines).contains("ชื่อหัวหน้าองค์กร นางสาวใจดี มีสุข");

        for (HttpClient stranger : List.of(SignIn.as(port, "officer.10", "demo"), SignIn.as(port, otherCoordinator, PASSWORD))) {
            HttpResponse<byte[]> refused = get(stranger, "/cases/" + caseNumber + "/forms/O02_O03.pdf");
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                    .contains("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้").doesNotContain(organisationName);
        }
    }

    /** The PDF's text line by line; its first page kept as {@code name}.png. */
    private static List<String> text(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(OUT);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png", OUT.resolve(name + ".png").toFile());
            return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
        }
    }

    /** The lines as one text without spaces: what a wrapped title or paragraph says, wherever it was broken. */
    private static String unwrapped(List<String> lines) {
        return String.join("", lines).replace(" ", "");
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void password(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }
}
