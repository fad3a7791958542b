package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Seed 5.1.2 as a PCO officer does it: the pool's page (/provinces/{code}/trainers) in a Thai
 * browser, through the one sign-in; a trainer refused field by field by the server, added,
 * deactivated and edited; another province's pool refused.
 */
@IntegrationTest
class TrainersPageBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerKeepsTheProvincesTrainerPoolOnTheTrainersPage() throws Exception {
        String name = "นางสาวมาลี ศรีสุข " + System.nanoTime();
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            open(browser, "50");
            assertThat(browser.visible(By.id("title")).getText()).contains("ทำเนียบวิทยากรจังหวัดเชียงใหม่");
            browser.visible(By.id("name")).sendKeys(name);
            browser.click(By.id("save"));
            assertThat(browser.visible(By.id("affiliation-error")).getText()).isEqualTo("กรุณากรอกสังกัด");
            assertThat(browser.driver.findElement(By.id("contact-error")).getText()).contains("ช่องทางติดต่อ");
            assertThat(browser.driver.findElement(By.id("affiliation")).getAttribute("aria-describedby"))
                    .isEqualTo("affiliation-error");
            assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("กรุณาแก้ไขตามที่แจ้ง");
            // what was typed stays
            assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
            browser.screenshot("50-trainers-refused");
            assertThat(stored(name)).isEmpty();

            browser.driver.findElement(By.id("affiliation")).sendKeys("วัดพระสิงห์วรมหาวิหาร");
            browser.driver.findElement(By.id("expertise")).sendKeys("กระบวนการ 9 ขั้นตอน การประเมินตนเอง");
            browser.driver.findElement(By.id("contact")).sendKeys("081-234-5678");
            browser.click(By.id("save"));
            assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("เพิ่มวิทยากร " + name + " แล้ว");
            assertThat(browser.driver.findElements(By.cssSelector("p.error"))).isEmpty();
            Map<String, Object> added = stored(name).orElseThrow();
            assertThat(added).containsEntry("active", true).containsEntry("updated_by", DemoAccounts.CHIANG_MAI_OFFICER);
            String row = "tr[data-trainer='" + added.get("id") + "'] ";

            browser.click(By.cssSelector(row + "button.toggle"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("ปิดการใช้งานวิทยากร");
            assertThat(stored(name).orElseThrow()).containsEntry("active", false);
            assertThat(browser.driver.findElement(By.cssSelector(row)).getText()).contains("ปิดการใช้งาน");

            browser.click(By.cssSelector(row + "a.edit"));
            assertThat(browser.visible(By.id("formTitle")).getText()).contains("แก้ไขวิทยากร: " + name);
            browser.driver.findElement(By.id("contact")).clear();
            browser.driver.findElement(By.id("contact")).sendKeys("malee@example.org");
            browser.click(By.id("active"));
            browser.click(By.id("save"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("บันทึกการแก้ไขวิทยากร");
            assertThat(stored(name).orElseThrow()).containsEntry("contact", "malee@example.org").containsEntry("active", true);
            browser.screenshot("51-trainers-kept");
            assertThat(browser.pageWidthAt(360)).as("the pool on a phone").isLessThanOrEqualTo(360);

            // Bangkok's pool is not Chiang Mai's officer's
            open(browser, "10");
            assertThat(browser.visible(By.id("refusal")).getText()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 10");
            assertThat(browser.driver.findElements(By.id("pool"))).isEmpty();
        }
    }

    /** The page, signing in on the way the first time. */
    private void open(ThaiBrowser browser, String province) {
        browser.signInTo("http://localhost:" + port + "/provinces/" + province + "/trainers",
                DemoAccounts.CHIANG_MAI_OFFICER, "demo");
    }

    private java.util.Optional<Map<String, Object>> stored(String name) {
        return jdbc.sql("select id, contact, active, updated_by from mo.trainer where name = ?").param(name).query()
                .listOfRows().stream().findFirst();
    }
}
