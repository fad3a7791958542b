package th.moralorg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;

/**
 * Seed 5.2.1(1) as an organisation does it: the public page อ.01 (/register) in a Thai browser,
 * first with mistakes (the server's Thai messages under the fields, nothing stored), then right
 * (a case number). The correction form: organisationcase.CorrectionPageBrowserTests.
 */
@IntegrationTest
class PublicRegistrationBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrganisationRegistersOnThePublicPage() throws Exception {
        String name = "ชมรมผู้สูงอายุบ้านสันทราย " + System.nanoTime();
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.driver.get("http://localhost:" + port + "/register");
            // every province to choose from, once the page is parsed (a loaded machine hands it over in parts)
            browser.await("register-provinces", d -> d.findElements(By.cssSelector("#provinceCode option")).size() == 78);

            // mistakes: the server answers each field in Thai, and nothing is stored
            browser.visible(By.id("organisationName")).sendKeys(name);
            browser.driver.findElement(By.id("coordinatorEmail")).sendKeys("ไม่ใช่อีเมล");
            browser.click(By.id("submit"));
            assertThat(browser.visible(By.id("headName-error")).getText()).isEqualTo("กรุณากรอกชื่อหัวหน้าองค์กร");
            assertThat(browser.driver.findElement(By.id("coordinatorEmail-error")).getText())
                    .isEqualTo("อีเมลผู้ประสานงาน ไม่ใช่อีเมลที่ถูกต้อง");
            assertThat(browser.driver.findElement(By.id("headName")).getDomAttribute("aria-describedby"))
                    .isEqualTo("headName-error");
            assertThat(browser.driver.findElement(By.id("notice")).getText()).contains("กรุณาแก้ไขตามที่แจ้ง");
            assertThat(browser.driver.findElement(By.id("organisationName")).getDomProperty("value"))
                    .as("what was typed comes back").isEqualTo(name);
            browser.screenshot("10-registration-errors");
            assertThat(stored(name)).isZero();

            // right: a case number to keep
            new Select(browser.driver.findElement(By.id("organisationType"))).selectByVisibleText("ชุมชนหรือองค์กรภาคประชาสังคม");
            browser.driver.findElement(By.id("address")).sendKeys("12 หมู่ 3 ตำบลสันทรายหลวง อำเภอสันทราย");
            new Select(browser.driver.findElement(By.id("provinceCode"))).selectByVisibleText("เชียงใหม่");
            browser.driver.findElement(By.id("executiveCount")).sendKeys("7");
            browser.driver.findElement(By.id("memberCount")).sendKeys("85");
            browser.driver.findElement(By.id("headName")).sendKeys("นายบุญมา ใจบุญ");
            browser.driver.findElement(By.id("coordinatorName")).sendKeys("นางสาวแสงดาว ดีงาม");
            browser.driver.findElement(By.id("coordinatorPosition")).sendKeys("เลขานุการชมรม");
            browser.driver.findElement(By.id("coordinatorPhone")).sendKeys("053-123456");
            browser.driver.findElement(By.id("coordinatorEmail")).clear();
            browser.driver.findElement(By.id("coordinatorEmail")).sendKeys("saengdao." + System.nanoTime() + "@example.org");
            new Select(browser.driver.findElement(By.id("fiscalYear")))
                    .selectByValue(Integer.toString(FiscalYear.containing(LocalDate.now()).buddhistYear()));
            browser.driver.findElement(By.id("consent")).click();
            browser.click(By.id("submit"));
            browser.wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/register"));

            String caseNumber = browser.visible(By.cssSelector(".notice.ok .case-number")).getText();
            assertThat(caseNumber).matches("MO-\\d{4}-50-\\d{4}");
            browser.screenshot("11-registration-done");
            assertThat(stored(name)).isOne();
        }
    }

    private long stored(String name) {
        return jdbc.sql("select count(*) from mo.organisation where name = ?").param(name).query(Long.class).single();
    }
}
