package th.moralorg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.notification.NotificationService;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestMail;

/** A newcomer reads every caught mail, in Thai, at /dev/mail. */
@IntegrationTest
class CaughtMailPageTests {

    @LocalServerPort
    int port;
    @Autowired
    NotificationService notifications;

    @Test
    void caughtMailIsListedAndReadableInThai() {
        String address = "page." + System.nanoTime() + "@example.org";
        notifications.enqueue("registration-received", List.of(address), "MO-2569-10-0007",
                "registration-received:MO-2569-10-0007:" + address, Map.of("organisationName", "โรงเรียนบ้านดี"));
        Awaitility.await().until(() -> !TestMail.to(address).isEmpty());
        Api api = new Api(port);

        HttpResponse<String> list = api.get("/dev/mail", null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("ได้รับใบสมัครองค์กรคุณธรรมแล้ว เลขที่ MO-2569-10-0007").contains(address);
        String number = list.body().replaceAll("(?s).*href=\"/dev/mail/(\\d+)\">ได้รับใบสมัครองค์กรคุณธรรมแล้ว เลขที่ MO-2569-10-0007.*", "$1");

        HttpResponse<String> mail = api.get("/dev/mail/" + number, null, null);
        assertThat(mail.statusCode()).isEqualTo(200);
        assertThat(mail.body()).contains("ฉบับ HTML").contains("ผู้ประสานงานโรงเรียนบ้านดี").contains("srcdoc=");
    }
}
