package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * An administrator finds a mail the outbox gave up on, on /admin/notifications in a Thai browser,
 * and sends it again (a form post); an officer is refused the page and sees nothing of the outbox.
 */
@IntegrationTest
class NotificationsPageBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorResendsAFailedMailFromThePage() throws Exception {
        String key = "PAGE-" + System.nanoTime();
        // what the outbox leaves after its last attempt against a relay that kept refusing
        long id = jdbc.sql("""
                insert into mo.notification (idempotency_key, recipient, kind, business_key, subject, body_text,
                    body_html, status, attempts, next_attempt_at, last_error, created_at)
                values (?, 'officer.50@example.org', 'province-inbox', ?, 'มีงานใหม่รอดำเนินการ', 'ข้อความ', '<p>ข้อความ</p>',
                    'FAILED', 8, ?, '451 4.3.0 relay temporarily unavailable', ?)
                returning id""").params("province-inbox:" + key, key, OffsetDateTime.now(), OffsetDateTime.now())
                .query(Long.class).single();

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // an officer is no administrator: the page says so in Thai and shows nothing
            browser.signInTo("http://localhost:" + port + "/admin/notifications", DemoAccounts.CHIANG_MAI_OFFICER, "demo");
            assertThat(browser.visible(By.cssSelector("#notice .notice.bad")).getText()).contains("เฉพาะผู้ดูแลระบบ");
            assertThat(browser.driver.findElements(By.id("board"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain("451 4.3.0");
        }
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo("http://localhost:" + port + "/admin/notifications", DemoAccounts.ADMIN, "demo");
            By resend = By.cssSelector("button[data-resend='" + id + "']");
            browser.visible(resend);
            assertThat(browser.pageText()).contains("ส่งไม่สำเร็จ", "451 4.3.0 relay temporarily unavailable",
                    "มีงานใหม่รอดำเนินการ");
            browser.screenshot("70-notifications-failed");

            browser.click(resend);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.ok"),
                    "นำอีเมลเลขที่ " + id + " เข้าคิวส่งอีกครั้งแล้ว"));
            // back on the list of failed mail, which no longer holds it
            assertThat(browser.driver.findElements(resend)).isEmpty();
            browser.screenshot("71-notifications-resent");
        }
        assertThat(jdbc.sql("select status from mo.notification where id = ?").param(id).query(String.class).single())
                .isIn("PENDING", "SENT");
    }
}
