package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.reference.DocumentKind;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.PdfText;
import th.moralorg.support.SignIn;

/**
 * Issue 17 item 5: the office prints the certificates of its province's certified organisations of
 * a year at once, one PDF of a page each, numbered as each one's own first download would number it;
 * "only new" leaves out those issued before. Fiscal year 2605 in Bangkok, no other test's.
 */
@IntegrationTest
class CertificateBatchTests {

    static final int YEAR = 2605;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    DocumentRegister register;

    @Test
    void theOfficePrintsItsCertifiedOrganisationsCertificatesInOnePdf() throws Exception {
        List<String> numbers = new CaseStandIn(jdbc, runtime, repository).cases("10", YEAR, "IN_PROGRESS", 4,
                CaseStandIn.CASE_PROCESS);
        // three certified at levels 1-3, the fourth still in progress
        for (int i = 0; i < 3; i++) {
            jdbc.sql("update mo.organisation_case set status = 'PROVINCIALLY_CERTIFIED', certified_level = ? where case_number = ?")
                    .params(i + 1, numbers.get(i)).update();
        }
        HttpClient office = SignIn.as(port, "officer.10", "demo");
        assertThat(get(office, "/cases/" + numbers.get(0) + "/certificate.pdf").statusCode()).isEqualTo(200);
        DocumentRegister.Issued first = register.find(DocumentKind.LEVEL_CERTIFICATE, numbers.get(0)).orElseThrow();

        String path = "/provinces/10/certificates.pdf?fiscalYear=" + YEAR;
        HttpResponse<byte[]> fresh = get(office, path + "&only=new");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(pages(fresh.body())).isEqualTo(2);
        String text = String.join("\n", PdfText.lines(fresh.body(), "certificates-batch"));
        DocumentRegister.Issued second = register.find(DocumentKind.LEVEL_CERTIFICATE, numbers.get(1)).orElseThrow();
        DocumentRegister.Issued third = register.find(DocumentKind.LEVEL_CERTIFICATE, numbers.get(2)).orElseThrow();
        assertThat(text).contains(second.reference(), third.reference(), "ระดับ ๒", "ระดับ ๓",
                "สำนักงานวัฒนธรรมจังหวัดกรุงเทพมหานคร").doesNotContain(first.reference()).doesNotContain("- ๒ -");
        assertThat(register.find(DocumentKind.LEVEL_CERTIFICATE, numbers.get(3))).isEmpty();

        // nothing new left; the whole year again with the same numbers
        HttpResponse<byte[]> none = get(office, path + "&only=new");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("ไม่มีเกียรติบัตรที่ยังไม่ได้ออก");
        HttpResponse<byte[]> all = get(office, path);
        assertThat(pages(all.body())).isEqualTo(3);
        assertThat(String.join("\n", PdfText.lines(all.body(), "certificates-batch-all")))
                .contains(first.reference(), second.reference(), third.reference());

        // only the province's own office; a year that is no year
        assertThat(get(SignIn.as(port, "officer.50", "demo"), path).statusCode()).isEqualTo(403);
        assertThat(get(SignIn.as(port, "dra.officer", "demo"), path).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> badYear = get(office, "/provinces/10/certificates.pdf?fiscalYear=abc");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(new String(badYear.body(), StandardCharsets.UTF_8)).contains("ปีงบประมาณ");
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
