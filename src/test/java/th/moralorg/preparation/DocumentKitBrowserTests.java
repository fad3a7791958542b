package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * /kit in a Thai browser, without signing in: the print button the module shows asks the browser to
 * print (the print itself is recorded here), under a policy that runs no inline script.
 */
@IntegrationTest
class DocumentKitBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anyoneOpensTheKitAndItsButtonPrintsIt() throws Exception {
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.driver.get("http://localhost:" + port + "/kit.html");
            assertThat(browser.driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/kit");
            assertThat(browser.visible(By.id("print")).getText()).isEqualTo("พิมพ์ / บันทึกเป็น PDF");
            assertThat(browser.pageText()).contains("แบบ อ.05", "ประกาศเจตนารมณ์", "องค์กรคุณธรรมต้นแบบ");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            js.executeScript("window.printed = 0; window.print = () => { window.printed++; };");
            browser.click(By.id("print"));
            browser.wait.until(d -> Long.valueOf(1).equals(js.executeScript("return window.printed;")));
            browser.screenshot("90-kit");
        }
    }
}
