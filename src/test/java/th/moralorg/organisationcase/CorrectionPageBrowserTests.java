package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Seed 5.2.1(1), the correction loop in a Thai browser: the link of a correction mail sent before
 * the page moved (/register.html#correction=…) opens the form filled with what was sent; a field
 * the server refuses is said under it, nothing stored; the corrected form goes back to the PCO.
 */
@IntegrationTest
class CorrectionPageBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOrganisationCorrectsItsFormThroughTheMailedLink() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear());
        String caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", "officer.50",
                Map.of("intentDecision", "CORRECT", "intentRemarks", "ระบุจำนวนสมาชิกให้ถูกต้อง"));
        String token = MailLinks.await((String) form.get("coordinatorEmail"), "/register/correction\\?token=([A-Za-z0-9_-]+)");

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.driver.get("http://localhost:" + port + "/register.html#correction=" + token);
            browser.wait.until(ExpectedConditions.urlContains("/register/correction?token="));
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("แก้ไขแบบ อ.01 เรื่องเลขที่ " + caseNumber);
            WebElement members = browser.driver.findElement(By.id("memberCount"));
            assertThat(members.getDomProperty("value")).isEqualTo(String.valueOf(form.get("memberCount")));
            assertThat(browser.driver.findElements(By.id("provinceCode"))).as("the province stays the case's").isEmpty();

            members.clear();
            members.sendKeys("0");
            browser.driver.findElement(By.id("consent")).click();
            browser.click(By.id("submit"));
            assertThat(browser.visible(By.id("memberCount-error")).getText()).contains("จำนวนสมาชิก ต้องอยู่ระหว่าง 1");
            assertThat(versions(caseNumber)).isOne();
            browser.screenshot("13-correction-refused");

            browser.driver.findElement(By.id("memberCount")).clear();
            browser.driver.findElement(By.id("memberCount")).sendKeys("135");
            assertThat(browser.driver.findElement(By.id("consent")).isSelected()).as("kept as ticked").isTrue();
            browser.click(By.id("submit"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("ได้รับแบบ อ.01 ฉบับแก้ไขแล้ว", caseNumber);
        }
        assertThat(versions(caseNumber)).isEqualTo(2);
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("reviewIntent");
    }

    private long versions(String caseNumber) {
        return jdbc.sql("select count(*) from mo.form_submission where case_number = ? and form_code = 'O01'")
                .param(caseNumber).query(Long.class).single();
    }
}
