package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Issue 10's day of work in a real browser: one sign-in, then Tasklist, our pages, Cockpit and
 * Admin without another; signing out ends them all.
 */
@IntegrationTest
class SignInBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorSignsInOnceAndWorksEverywhereUntilSigningOut() throws Exception {
        String base = "http://localhost:" + port;
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(base + "/camunda/app/tasklist/default/", DemoAccounts.ADMIN, "demo");

            browser.driver.get(base + "/office");
            browser.visible(By.id("title"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(base + "/office");

            browser.driver.get(base + "/camunda/app/cockpit/default/");
            browser.await("cockpit-dashboard", d -> browser.pageText().contains("อินสแตนซ์กระบวนการที่กำลังทำงาน"));
            assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/cockpit/").doesNotContain("login");

            // one person's profile: any list of users (paged, ordered by id) may hold by now more
            // users than a page, made by the tests run before this one
            browser.driver.get(base + "/camunda/app/admin/default/#/users/" + DemoAccounts.CHIANG_MAI_OFFICER
                    + "?tab=profile");
            browser.await("admin-profile", d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('input')).some(i => i.value === 'บุญมี');")));
            assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/admin/").doesNotContain("login");

            // our header names the person and signs out: everything then asks for the sign-in again
            browser.driver.get(base + "/");
            assertThat(browser.visible(By.cssSelector(".site-header .name")).getText()).isNotBlank();
            browser.click(By.cssSelector("form.sign-out button"));
            browser.wait.until(d -> d.getCurrentUrl().contains("/login"));
            assertThat(browser.visible(By.cssSelector("[role=status]")).getText()).contains("ออกจากระบบเรียบร้อยแล้ว");
            for (String page : new String[] {"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
                    "/office"}) {
                browser.driver.get(base + page);
                assertThat(browser.driver.getCurrentUrl()).as(page).endsWith("/login");
            }
        }
    }

    @Test
    void signingOutFromTasklistsMenuShowsOurSignInPageNotTheWebappsOwn() throws Exception {
        String base = "http://localhost:" + port;
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(base + "/camunda/app/tasklist/default/", DemoAccounts.CHIANG_MAI_OFFICER, "demo");
            browser.click(By.cssSelector(".account, .dropdown-toggle[aria-label], li.account > a"));
            browser.click(By.cssSelector("a[ng-click='logout()'], a[ng-click*='logout']"));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
            assertThat(browser.driver.findElements(By.cssSelector("form[name='signinForm']"))).isEmpty();
            browser.visible(By.id("username"));
            browser.driver.get(base + "/office");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        }
    }
}
