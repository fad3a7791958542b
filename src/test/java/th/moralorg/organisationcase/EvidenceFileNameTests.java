package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/**
 * Evidence file names, over real multipart HTTP: stored and offered cleaned, with the extension of
 * the type the content really is; a name with nothing usable left is a 400 in Thai.
 */
@IntegrationTest
class EvidenceFileNameTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4\n% หลักฐาน\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;

    Api api;
    String caseNumber;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        caseNumber = driver.register(CaseDriver.registrationForm("10",
                FiscalYear.containing(LocalDate.now()).buddhistYear()));
    }

    @Test
    void anHtmlNameOnAPdfIsStoredAndOfferedAsAPdf() throws Exception {
        JsonNode stored = upload("page.html", PDF);
        assertThat(stored.get("fileName").asText()).isEqualTo("page.pdf");
        HttpResponse<byte[]> download = api.getBytes(
                "/api/cases/" + caseNumber + "/attachments/" + stored.get("id").asLong(), "officer.10", "demo");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                disposition).startsWith("attachment;").contains("filename*=UTF-8''page.pdf"));
    }

    @Test
    void anSvgNameOnAPngBecomesPngAndAThaiNameKeepsItsLetters() throws Exception {
        assertThat(upload("drawing.svg", PNG).get("fileName").asText()).isEqualTo("drawing.png");
        JsonNode thai = upload("ภาพกิจกรรม วันที่ 1.PNG", PNG);
        assertThat(thai.get("fileName").asText()).isEqualTo("ภาพกิจกรรม วันที่ 1.png");
        HttpResponse<byte[]> download = api.getBytes(
                "/api/cases/" + caseNumber + "/attachments/" + thai.get("id").asLong(), "officer.10", "demo");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                disposition).contains("filename*=UTF-8''%E0%B8%A0"));
    }

    @Test
    void bidiOverridesPathsAndControlCharactersAreRemoved() throws Exception {
        // shown as "evilexe.pdf" by a bidi-aware screen, but really ends in .exe
        assertThat(upload("evil\u202Efdp.exe", PDF).get("fileName").asText()).isEqualTo("evilfdp.pdf");
        assertThat(upload("..\\..\\windows\\a\u2066b\u200Fc.pdf", PDF).get("fileName").asText()).isEqualTo("abc.pdf");
        assertThat(upload("ราย\tงาน\u0007.pdf", PDF).get("fileName").asText()).isEqualTo("รายงาน.pdf");
        String longName = "a".repeat(200) + ".pdf";
        assertThat(upload(longName, PDF).get("fileName").asText()).hasSize(Attachments.MAX_NAME).endsWith("a.pdf");
    }

    @Test
    void aNameWithNothingUsableLeftOrANulIsA400InThai() throws Exception {
        // Tomcat itself refuses a NUL in a name (it was a 500)
        for (String name : new String[] {"ราย\u0000งาน.pdf", "\u202E\u202C", ".pdf", "   ", "a/"}) {
            HttpResponse<String> refused = api.multipart("/api/cases/" + caseNumber + "/attachments", "EVIDENCE", name,
                    PDF, "officer.10", "demo");
            assertThat(refused.statusCode()).as(name).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).at("/errors/fileName").asText()).as(name)
                    .startsWith("ชื่อไฟล์ไม่มีตัวอักษรที่ใช้ได้");
        }
    }

    private JsonNode upload(String fileName, byte[] content) throws Exception {
        HttpResponse<String> response = api.multipart("/api/cases/" + caseNumber + "/attachments", "EVIDENCE", fileName,
                content, "officer.10", "demo");
        assertThat(response.statusCode()).as(fileName + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
