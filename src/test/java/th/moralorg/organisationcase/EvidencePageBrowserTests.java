package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * The coordinator attaches evidence of carrying out the plan (seed 5.2.1(2.4)) on the case's page
 * /cases/{n}/evidence in a Thai browser, reached through the old address the forms and mails knew:
 * a file that only pretends to be a PDF is refused with the server's Thai message under the file,
 * a real PDF is stored and listed. An officer of another province finds no such case.
 */
@IntegrationTest
class EvidencePageBrowserTests {

    static final String PASSWORD = "หลักฐาน2570ok";

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorAttachesEvidenceOnThePage() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear());
        String coordinator = (String) form.get("coordinatorEmail");
        String caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        User user = identity.createUserQuery().userId(coordinator).singleResult();
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        Path fake = Files.createTempFile("fake-", ".pdf");
        Files.writeString(fake, "MZ not a pdf at all");
        Path real = Files.createTempFile("กิจกรรม-", ".pdf");
        Files.writeString(real, "%PDF-1.4\n% ภาพกิจกรรมตรงต่อเวลา\n");

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo("http://localhost:" + port + "/evidence.html?case=" + caseNumber, coordinator, PASSWORD);
            browser.wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/cases/" + caseNumber + "/evidence"));
            assertThat(browser.visible(By.id("files")).getText()).isEqualTo("ยังไม่มีไฟล์");

            new Select(browser.driver.findElement(By.id("purpose"))).selectByVisibleText("ประกาศเจตนารมณ์ อ.05");
            browser.driver.findElement(By.id("file")).sendKeys(fake.toString());
            browser.click(By.cssSelector("form[enctype] button[type='submit']"));
            assertThat(browser.visible(By.id("file-error")).getText()).contains("PDF, PNG หรือ JPEG");
            assertThat(browser.driver.findElement(By.id("file")).getDomAttribute("aria-describedby"))
                    .isEqualTo("file-error file-hint");
            browser.screenshot("80-evidence-refused");
            assertThat(count(caseNumber)).isZero();

            assertThat(new Select(browser.driver.findElement(By.id("purpose"))).getFirstSelectedOption().getText())
                    .as("the purpose chosen stays").isEqualTo("ประกาศเจตนารมณ์ อ.05");
            browser.driver.findElement(By.id("file")).sendKeys(real.toString());
            browser.click(By.cssSelector("form[enctype] button[type='submit']"));
            assertThat(browser.visible(By.cssSelector("#notice.notice.ok")).getText())
                    .isEqualTo("แนบไฟล์ " + real.getFileName() + " แล้ว");
            assertThat(browser.driver.findElement(By.id("files")).getText())
                    .contains(real.getFileName().toString(), "ประกาศเจตนารมณ์ อ.05");
            assertThat(browser.driver.findElements(By.id("file-error"))).isEmpty();
            browser.screenshot("81-evidence-attached");
        }
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo("http://localhost:" + port + "/cases/" + caseNumber + "/evidence", "officer.10", "demo");
            assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้");
            assertThat(browser.driver.findElements(By.id("file"))).isEmpty();
        } finally {
            Files.deleteIfExists(fake);
            Files.deleteIfExists(real);
        }
        assertThat(count(caseNumber)).isOne();
    }

    private long count(String caseNumber) {
        return jdbc.sql("select count(*) from mo.attachment where case_number = ?").param(caseNumber)
                .query(Long.class).single();
    }
}
