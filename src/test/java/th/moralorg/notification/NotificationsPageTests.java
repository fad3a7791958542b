package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * /admin/notifications over HTTP: administrators only (an officer gets 403 and nothing of the
 * outbox, also on a post), its posts need the CSRF token, a refused field is shown under it with
 * 400, a mail not FAILED is not sent again (409), and /notifications.html answers 301.
 */
@IntegrationTest
class NotificationsPageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdministratorsSeeOrChangeTheOutbox() throws Exception {
        long id = failed();
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo"));
        HttpResponse<String> page = officer.get("/admin/notifications");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("เฉพาะผู้ดูแลระบบเท่านั้นที่ใช้งานส่วนนี้ได้").doesNotContain("relay refused");
        HttpResponse<String> resent = officer.post("/admin/notifications/" + id + "/resend",
                "status=FAILED" + officer.csrfFieldOf("/admin/notifications"));
        assertThat(resent.statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        long id = failed();
        Pages admin = new Pages(port, SignIn.as(port, DemoAccounts.ADMIN, "demo"));
        assertThat(admin.post("/admin/notifications/" + id + "/resend", "status=FAILED").statusCode())
                .isEqualTo(403);
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void refusalsComeBackOnThePageAndAResendRedirects() throws Exception {
        long id = failed();
        Pages admin = new Pages(port, SignIn.as(port, DemoAccounts.ADMIN, "demo"));
        String token = admin.csrfFieldOf("/admin/notifications");

        HttpResponse<String> noUser = admin.post("/admin/notifications/preferences", "userId=&taskMail=DAILY_DIGEST"
                + token);
        assertThat(noUser.statusCode()).isEqualTo(400);
        assertThat(noUser.body()).contains("<p class=\"error\" id=\"userId-error\">กรุณากรอกชื่อผู้ใช้</p>")
                .contains("aria-describedby=\"userId-error\"");

        HttpResponse<String> resent = admin.post("/admin/notifications/" + id + "/resend", "status=FAILED" + token);
        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(resent.headers().firstValue("Location").orElseThrow()).endsWith("/admin/notifications?status=FAILED");
        assertThat(status(id)).isIn("PENDING", "SENT");

        HttpResponse<String> again = admin.post("/admin/notifications/" + id + "/resend", "status=FAILED" + token);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ส่งซ้ำได้เฉพาะรายการที่ส่งไม่สำเร็จ");

        HttpResponse<String> old = admin.get("/notifications.html");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/admin/notifications");
    }

    private long failed() {
        String key = "PAGE-HTTP-" + System.nanoTime();
        return jdbc.sql("""
                insert into mo.notification (idempotency_key, recipient, kind, business_key, subject, body_text,
                    body_html, status, attempts, next_attempt_at, last_error, created_at)
                values (?, 'officer.50@example.org', 'province-inbox', ?, 'มีงานใหม่', 'ข้อความ', '<p>ข้อความ</p>',
                    'FAILED', 8, ?, 'relay refused', ?)
                returning id""").params("province-inbox:" + key, key, OffsetDateTime.now(), OffsetDateTime.now())
                .query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from mo.notification where id = ?").param(id).query(String.class).single();
    }
}
