package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Issue 11 item 3 in a Thai browser: an officer finds a case by a fragment of its organisation's
 * name, sees whom it waits on, and opens its case page; the list fits a 360 px phone.
 * Screenshots: target/screenshots/case-list-*.png.
 */
@IntegrationTest
class CaseListBrowserTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;

    @Test
    void anOfficerFindsACaseByPartOfItsNameAndOpensIt() throws Exception {
        String fragment = CaseListTests.thaiFragment();
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String name = "ชมรม" + fragment + "รักษ์ถิ่น";
        form.put("organisationName", name);
        String caseNumber = driver.register(form);
        String base = "http://localhost:" + port;

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo(base + "/cases", DemoAccounts.CHIANG_MAI_OFFICER, "demo");
            browser.visible(By.id("name")).sendKeys(fragment);
            browser.click(By.id("find"));
            By row = By.xpath("//table[@id='cases']//a[normalize-space(.)='" + caseNumber + "']");
            WebElement link = browser.visible(row);
            assertThat(browser.visible(By.id("cases")).getText()).contains(name).contains("รอสำนักงานวัฒนธรรมจังหวัด");
            assertThat(browser.driver.findElements(By.cssSelector("#cases tbody tr"))).as("only the case searched for")
                    .hasSize(1);
            browser.screenshot("case-list-found");
            assertThat(browser.pageWidthAt(360)).isLessThanOrEqualTo(360);
            browser.screenshot("case-list-phone");

            link.click();
            browser.wait.until(d -> d.getCurrentUrl().equals(base + "/cases/" + caseNumber));
            assertThat(browser.visible(By.id("position")).getText()).startsWith("รอสำนักงานวัฒนธรรมจังหวัด ตั้งแต่ ");
        }
    }
}
