package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * The coordinator opens the set-password link of the acceptance mail in a Thai browser, as
 * mailed before the page was rendered by the server (/set-password.html#token): a password the
 * server refuses is said under its field, a good one is set and the link is used up.
 */
@IntegrationTest
class SetPasswordBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;

    @Test
    void theCoordinatorChoosesAPasswordThroughTheMailedLink() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear());
        String coordinator = (String) form.get("coordinatorEmail");
        String caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        String token = MailLinks.await(coordinator, "/set-password\\?token=([A-Za-z0-9_-]+)");

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // a link in a mail sent before: the old page moved, the token reaches the form
            browser.driver.get("http://localhost:" + port + "/set-password.html#" + token);
            browser.wait.until(ExpectedConditions.urlContains("/set-password?token="));
            browser.visible(By.id("password")).sendKeys("สั้นไป1");
            browser.driver.findElement(By.id("again")).sendKeys("สั้นไป1");
            browser.click(By.cssSelector("form button[type='submit']"));
            assertThat(browser.visible(By.id("password-error")).getText()).contains("อย่างน้อย 10 ตัวอักษร");
            assertThat(browser.driver.findElement(By.id("password")).getDomAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("12-set-password-refused");

            browser.driver.findElement(By.id("password")).sendKeys("ดอกไม้บาน2569");
            browser.driver.findElement(By.id("again")).sendKeys("ดอกไม้บาน2569");
            browser.click(By.cssSelector("form button[type='submit']"));
            assertThat(browser.visible(By.id("notice")).getText())
                    .isEqualTo("ตั้งรหัสผ่านแล้ว เข้าสู่ระบบด้วยชื่อผู้ใช้ " + coordinator);
            assertThat(browser.driver.getCurrentUrl()).doesNotContain(token);

            // used up: the same link again says why
            browser.driver.get("http://localhost:" + port + "/set-password?token=" + token);
            assertThat(browser.visible(By.id("notice")).getText()).contains("ใช้ไม่ได้แล้ว");
            assertThat(browser.driver.findElements(By.id("password"))).isEmpty();
        }
    }
}
