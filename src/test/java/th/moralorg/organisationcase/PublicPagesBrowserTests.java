package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.RegistryRows;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Issue 16 in a Thai browser, no sign-in: someone finds an organisation in the public registry by
 * part of its name and a level, opens its levels over the years; an organisation's coordinator
 * looks up where its case stands by number and e-mail. Screenshots:
 * target/screenshots/registry-*.png and status-lookup-*.png.
 */
@IntegrationTest
class PublicPagesBrowserTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    /** A fiscal year of this class's own (PublicPagesTests has 2651). */
    static final int OWN_YEAR = 2653;

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneFindsAnOrganisationsLevelsAndACoordinatorItsCasesStage() throws Exception {
        String fragment = CaseListTests.thaiFragment();
        RegistryRows rows = new RegistryRows(jdbc);
        String name = "เทศบาล" + fragment + "รักษ์ธรรม";
        long organisation = rows.organisation(name, "LOCAL_GOVERNMENT", "96");
        rows.caseOf(organisation, "MO-" + (OWN_YEAR - 1) + "-96-0001", OWN_YEAR - 1, "96", "NATIONALLY_ENDORSED", 2,
                "browser@example.org");
        rows.caseOf(organisation, "MO-" + OWN_YEAR + "-96-0001", OWN_YEAR, "96", "PROVINCIALLY_CERTIFIED", 3,
                "browser@example.org");
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(form);
        String base = "http://localhost:" + port;

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.driver.get(base + "/");
            browser.click(By.linkText("ทะเบียนองค์กรคุณธรรม"));
            browser.visible(By.id("name")).sendKeys(fragment);
            new Select(browser.visible(By.id("level"))).selectByValue("3");
            browser.click(By.id("find"));
            By link = By.xpath("//table[@id='registry']//a[normalize-space(.)='" + name + "']");
            browser.visible(link);
            assertThat(browser.driver.findElements(By.cssSelector("#registry tbody tr"))).as("level 3 only").hasSize(1);
            assertThat(browser.visible(By.id("registry")).getText()).contains("นราธิวาส", "องค์กรปกครองส่วนท้องถิ่น",
                    "ระดับ 3 องค์กรคุณธรรมต้นแบบ", (OWN_YEAR - 1) + ": ระดับ 2");
            browser.screenshot("registry-found");
            browser.click(link);
            browser.wait.until(d -> d.getCurrentUrl().equals(base + "/registry/organisations/" + organisation));
            assertThat(browser.visible(By.id("history")).getText()).contains("พ.ศ. " + (OWN_YEAR - 1),
                    "ระดับ 2 องค์กรคุณธรรม", "พ.ศ. " + OWN_YEAR, "ระดับ 3 องค์กรคุณธรรมต้นแบบ");
            browser.screenshot("registry-history");
            assertThat(browser.pageWidthAt(360)).isLessThanOrEqualTo(360);
            browser.screenshot("registry-history-phone");

            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            browser.driver.get(base + "/status");
            browser.visible(By.id("caseNumber")).sendKeys(caseNumber);
            browser.visible(By.id("email")).sendKeys("not.the.coordinator@example.org");
            browser.click(By.id("find"));
            assertThat(browser.visible(By.id("notFound")).getText()).contains("ไม่พบเรื่องที่ตรงกับเลขที่เรื่องและอีเมลนี้");
            browser.screenshot("status-lookup-not-found");
            browser.visible(By.id("email")).clear();
            browser.visible(By.id("email")).sendKeys((String) form.get("coordinatorEmail"));
            browser.click(By.id("find"));
            assertThat(browser.visible(By.id("position")).getText()).startsWith("รอสำนักงานวัฒนธรรมจังหวัด ตั้งแต่ ");
            assertThat(browser.visible(By.id("next")).getText()).isEqualTo("รอสำนักงานวัฒนธรรมจังหวัดตรวจแบบ อ.01");
            browser.screenshot("status-lookup-found");
        }
    }
}
