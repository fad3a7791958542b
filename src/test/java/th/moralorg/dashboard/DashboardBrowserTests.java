package th.moralorg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Issue 16 item 1 in a Thai browser: a manager opens the dashboard of fiscal year 2578 (which no
 * other test uses), sees the charts ECharts draws from the application's own WebJar under our
 * Content-Security-Policy and the tile map, and follows a figure to the cases behind it.
 * Screenshots: target/screenshots/dashboard-*.png.
 */
@IntegrationTest
class DashboardBrowserTests {

    static final int YEAR = 2578;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerSeesTheProgrammeAndFollowsAFigureToItsCases() throws Exception {
        KnownCases cases = new KnownCases(jdbc);
        cases.insert("90", YEAR, "IN_PROGRESS", null, "sharedVision", "ORGANISATION", 12, -3);
        cases.insert("90", YEAR, "IN_PROGRESS", null, "sharedVision", "ORGANISATION", 3, 10);
        cases.insert("90", YEAR, "NATIONALLY_ENDORSED", 2, "awaitReassessment", "TIME", 50, 200);
        cases.insert("41", YEAR, "REGISTERED", null, "reviewIntent", "OFFICE", 1, 6);
        cases.insert("90", YEAR - 1, "REGISTERED", null, "reviewIntent", "OFFICE", 400, -300);
        String base = "http://localhost:" + port;

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo(base + "/dashboard?fiscalYear=" + YEAR, DemoAccounts.MANAGER, "demo");
            assertThat(browser.visible(By.id("title")).getText()).isEqualTo("ภาพรวมโครงการองค์กรคุณธรรม");
            // the charts: ECharts drew into each (canvas), so its script loaded and ran under the policy
            browser.wait.until(d -> d.findElements(By.cssSelector("#summaryChart canvas")).size() == 1
                    && d.findElements(By.cssSelector("#stagesChart canvas")).size() == 1
                    && d.findElements(By.cssSelector("#waitingChart canvas")).size() == 1
                    && d.findElements(By.cssSelector("#monthsChart canvas")).size() == 1);
            assertThat(browser.driver.findElements(By.cssSelector("#tileMap rect"))).hasSize(77);
            // coloured by registrations: Songkhla's 3 are the most, so the darkest colour says "3"
            assertThat(browser.visible(By.cssSelector("#mapLegend li[data-step='0']")).getText()).isEqualTo("0");
            assertThat(browser.visible(By.cssSelector("#mapLegend li[data-step='5']")).getText()).isEqualTo("3");
            assertThat(browser.visible(By.cssSelector("#provinceTable tr[data-province='90']")).getText())
                    .contains("สงขลา");
            browser.screenshot("dashboard-manager");
            scrollTo(browser, "summaryChart");
            browser.screenshot("dashboard-chart");
            scrollTo(browser, "tileMap");
            browser.screenshot("dashboard-map");
            scrollTo(browser, "waitingChart");
            browser.screenshot("dashboard-waiting");
            scrollTo(browser, "monthsChart");
            browser.screenshot("dashboard-months");

            // waiting on the organisation in Songkhla: 2 cases, and the list shows those two
            By figure = By.cssSelector("#provinceTable tr[data-province='90'] td:nth-of-type(8) a");
            assertThat(browser.visible(figure).getText()).isEqualTo("2");
            browser.click(figure);
            browser.wait.until(d -> d.getCurrentUrl().startsWith(base + "/cases?"));
            assertThat(browser.visible(By.id("countsTitle")).getText()).isEqualTo("พบ 2 เรื่อง");
            browser.screenshot("dashboard-followed-to-cases");
        }
    }

    private static void scrollTo(ThaiBrowser browser, String id) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }
}
