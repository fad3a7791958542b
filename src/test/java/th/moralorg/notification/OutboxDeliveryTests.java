package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestMail;

/** Nothing lost, nothing twice: SMTP outages, racing senders, failures and re-sending. */
@IntegrationTest
class OutboxDeliveryTests {

    @LocalServerPort
    int port;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    NotificationSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    NotificationPreferences preferences;

    @AfterEach
    void smtpUp() {
        TestMail.start();
    }

    @Test
    void smtpDownThenUpDeliversEverythingExactlyOnce() {
        String businessKey = "MO-DOWN-" + System.nanoTime();
        List<String> addresses = addresses("down", 20);
        TestMail.stop();

        long before = sender.unavailablePasses();
        queueEach(addresses, businessKey);
        Mails.await().until(() -> sender.unavailablePasses() >= before + 3);
        // the outage is not the mail's fault: it spends no attempts, however long it lasts
        assertThat(statuses(businessKey)).containsOnly("PENDING");
        assertThat(maxAttempts(businessKey)).isZero();
        TestMail.start();

        Mails.await().until(() -> statuses(businessKey).equals(List.of("SENT")));
        for (String address : addresses) {
            assertThat(TestMail.to(address)).as(address).hasSize(1);
        }
        assertThat(maxAttempts(businessKey)).isEqualTo(1);
    }

    @Test
    void sendersRacingOnOneDatabaseSendEachMailOnce() throws Exception {
        String businessKey = "MO-RACE-" + System.nanoTime();
        List<String> addresses = addresses("race", 150);
        queueEach(addresses, businessKey);
        // a second application node: its own sender on the same database, beside this node's workers
        OutboxSender otherNode = new OutboxSender(outbox, mailSender, transactions, settings, clock);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> racers = List.of(sender::sendDue, otherNode::sendDue, sender::sendDue,
                    otherNode::sendDue);
            for (Future<Integer> f : threads.invokeAll(racers)) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }

        Mails.await().until(() -> statuses(businessKey).equals(List.of("SENT")));
        for (String address : addresses) {
            assertThat(TestMail.to(address)).as(address).hasSize(1);
        }
        assertThat(jdbc.sql("select max(attempts) from mo.notification where business_key = ?").param(businessKey)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnsendableRowFailsAloneAndAdministratorsSeeAndResendFailedMail() {
        String businessKey = "MO-FAIL-" + System.nanoTime();
        List<String> good = addresses("fine", 3);
        String lateGood = Mails.unique("late");
        long broken = insertRow(businessKey, "broken address@@example.org", 0, "PENDING");
        // what the sender leaves after the relay refused a mail max-attempts times: FAILED from the
        // start, as a row inserted PENDING could be sent before it is marked so, and again on its resend
        long exhausted = insertRow(businessKey, lateGood, settings.maxAttempts(), "FAILED");
        queueEach(good, businessKey);

        Mails.await().until(() -> "FAILED".equals(status(broken)));
        for (String address : good) {
            assertThat(Mails.awaitMail(address, 1)).hasSize(1);
        }
        Api api = new Api(port);
        assertThat(api.get("/api/admin/notifications/counts", null, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/admin/notifications/counts", DemoAccounts.BANGKOK_OFFICER, "demo").statusCode())
                .isEqualTo(403);
        // a doubled slash is refused before anything reads it (the firewall), or else as above
        assertThat(api.get("//api/admin/notifications/counts", DemoAccounts.BANGKOK_OFFICER, "demo").statusCode())
                .isIn(400, 403, 404);
        assertThat(api.postJson("/api/admin/notifications/" + exhausted + "/resend", "", DemoAccounts.MANAGER, "demo")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> counts = api.get("/api/admin/notifications/counts", DemoAccounts.ADMIN, "demo");
        assertThat(counts.statusCode()).isEqualTo(200);
        assertThat(counts.body()).contains("\"FAILED\":").doesNotContain("\"FAILED\":0");
        HttpResponse<String> failed = api.get("/api/admin/notifications?status=FAILED&businessKey=" + businessKey,
                DemoAccounts.ADMIN, "demo");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains(lateGood).contains("broken address@@example.org");

        HttpResponse<String> resend = api.postJson("/api/admin/notifications/" + exhausted + "/resend", "",
                DemoAccounts.ADMIN, "demo");
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(202);
        assertThat(Mails.awaitMail(lateGood, 1)).hasSize(1);
        Mails.await().until(() -> "SENT".equals(status(exhausted)));
        assertThat(api.postJson("/api/admin/notifications/" + exhausted + "/resend", "", DemoAccounts.ADMIN, "demo")
                .statusCode()).isEqualTo(409);
        assertThat(TestMail.to(lateGood)).hasSize(1);
    }

    @Test
    void administratorsSetHowAUserGetsTaskMail() {
        Api api = new Api(port);
        String path = "/api/admin/notifications/preferences/" + DemoAccounts.CHIANG_MAI_OFFICER;

        assertThat(api.putJson(path, "{\"taskMail\":\"DAILY_DIGEST\"}", DemoAccounts.CHIANG_MAI_OFFICER, "demo")
                .statusCode()).isEqualTo(403);
        assertThat(api.putJson(path, "{\"taskMail\":\"WEEKLY\"}", DemoAccounts.ADMIN, "demo").statusCode())
                .isEqualTo(400);
        assertThat(api.putJson(path, "{\"taskMail\":\"DAILY_DIGEST\"}", DemoAccounts.ADMIN, "demo").statusCode())
                .isEqualTo(200);
        assertThat(preferences.taskMailOf(DemoAccounts.CHIANG_MAI_OFFICER))
                .isEqualTo(NotificationPreferences.TaskMail.DAILY_DIGEST);
        preferences.setTaskMail(DemoAccounts.CHIANG_MAI_OFFICER, NotificationPreferences.TaskMail.IMMEDIATE);
    }

    private List<String> addresses(String who, int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add(Mails.unique(who));
        }
        return addresses;
    }

    private void queueEach(List<String> addresses, String businessKey) {
        transactions.executeWithoutResult(s -> {
            for (String address : addresses) {
                notifications.enqueue(NotificationKind.SUBMISSION_RECEIVED, List.of(address), businessKey,
                        "submission-received:" + businessKey + ":" + address, Map.of("formName", "แบบ อ.02"));
            }
        });
    }

    /** A row as a bug or a hand-made change could leave it, bypassing enqueue's checks. */
    private long insertRow(String businessKey, String recipient, int attempts, String status) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                insert into mo.notification (idempotency_key, recipient, kind, business_key, subject, body_text,
                    body_html, attempts, next_attempt_at, created_at, status)
                values (?, ?, 'submission-received', ?, 'ทดสอบ', 'ทดสอบ', '<p>ทดสอบ</p>', ?, ?, ?, ?) returning id""")
                .params("manual:" + businessKey + ":" + recipient, recipient, businessKey, attempts, now, now, status)
                .query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from mo.notification where id = ?").param(id).query(String.class).single();
    }

    private List<String> statuses(String businessKey) {
        return jdbc.sql("select distinct status from mo.notification where business_key = ? order by status")
                .param(businessKey).query(String.class).list();
    }

    private int maxAttempts(String businessKey) {
        return jdbc.sql("select max(attempts) from mo.notification where business_key = ?").param(businessKey)
                .query(Integer.class).single();
    }
}
