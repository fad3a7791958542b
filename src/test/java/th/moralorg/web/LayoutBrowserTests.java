package th.moralorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/** The front page on a coordinator's phone: no sideways scrolling, Thai in Sarabun, keyboard first. */
@IntegrationTest
class LayoutBrowserTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void theFrontPageFitsA360PixelPhoneAndShowsThaiInSarabun() throws Exception {
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.driver.manage().window().setSize(new Dimension(360, 740));
            browser.driver.get("http://localhost:" + port + "/");
            browser.visible(By.tagName("h1"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;

            Map<String, Object> fonts = (Map<String, Object>) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.fonts.ready.then(() => done({
                      loaded: [...document.fonts].filter(f => f.status === 'loaded')
                          .map(f => f.family.replace(/["']/g, '') + ' ' + f.weight + ' ' + f.unicodeRange),
                      files: performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)
                          .filter(p => p.startsWith('/fonts/')),
                      heading: getComputedStyle(document.querySelector('h1')).fontFamily,
                      text: getComputedStyle(document.querySelector('main p')).fontFamily
                    }));""");
            assertThat((List<String>) fonts.get("loaded")).as("loaded font faces")
                    .anySatisfy(face -> assertThat(face).startsWith("Sarabun 400").contains("E01-E5B"))
                    .anySatisfy(face -> assertThat(face).startsWith("Sarabun 700").contains("E01-E5B"));
            assertThat((List<String>) fonts.get("files")).contains("/fonts/sarabun/sarabun-thai-400-normal.woff2",
                    "/fonts/sarabun/sarabun-thai-700-normal.woff2");
            assertThat((String) fonts.get("heading")).startsWith("Sarabun");
            assertThat((String) fonts.get("text")).startsWith("Sarabun");

            Map<String, Object> width = (Map<String, Object>) js.executeScript(
                    "return {viewport: window.innerWidth, page: document.documentElement.scrollWidth,"
                            + " body: document.body.scrollWidth};");
            assertThat(((Number) width.get("viewport")).intValue()).isEqualTo(360);
            assertThat(((Number) width.get("page")).intValue()).as("page width").isLessThanOrEqualTo(360);
            assertThat(((Number) width.get("body")).intValue()).as("body width").isLessThanOrEqualTo(360);
            browser.screenshot("layout-front-page-360");

            // the first Tab shows the skip link; following it puts the keyboard in the main content
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).isEqualTo("skip-link");
            assertThat(((Number) js.executeScript(
                    "return document.activeElement.getBoundingClientRect().top;")).doubleValue()).isNotNegative();
            browser.screenshot("layout-skip-link-360");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
        }
    }
}
