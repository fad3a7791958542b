package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestMailInitializer;

/** Every kind reaches its recipient through the outbox and GreenMail, in Thai, with its case number and link. */
@IntegrationTest
class NotificationTemplatesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 23);
    private static final String DAY_BE = "23 กุมภาพันธ์ พ.ศ. 2569";

    @Autowired
    NotificationService notifications;

    /** The organisation's home names a mail's kind by reference.MailKind: one Thai name per kind, by its id. */
    @Test
    void everyKindHasItsThaiName() {
        assertThat(java.util.Arrays.stream(th.moralorg.reference.MailKind.values()).map(k -> k.code()))
                .containsExactlyElementsOf(java.util.Arrays.stream(NotificationKind.values()).map(NotificationKind::id)
                        .toList());
    }

    @Test
    void everyKindIsDeliveredInThaiWithCaseNumberLinkAndBuddhistEraDates() throws Exception {
        Map<NotificationKind, String> addresses = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            String address = Mails.unique(kind.id());
            addresses.put(kind, address);
            EnqueueResult result = notifications.enqueue(kind.id(), List.of(address), "MO-2569-50-0042",
                    kind.id() + ":MO-2569-50-0042:" + address, model(kind));
            assertThat(result.queued()).as(kind.id()).isEqualTo(1);
        }
        for (NotificationKind kind : NotificationKind.values()) {
            MimeMessage mail = Mails.awaitMail(addresses.get(kind), 1).get(0);
            String subject = Mails.subject(mail);
            String text = Mails.text(mail);
            String html = Mails.html(mail);
            assertThat(subject).as(kind.id()).matches(".*[\\u0E00-\\u0E7F].*").doesNotContain("[(", "${");
            assertThat(text).as(kind.id()).contains("เรียน").contains(TestMailInitializer.BASE_URL)
                    .doesNotContain("[(", "${", "null");
            assertThat(html).as(kind.id()).contains("<html lang=\"th\"").contains("href=\"" + TestMailInitializer.BASE_URL)
                    .doesNotContain("${", "th:text", "th:if", "th:replace");
            assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("ระบบองค์กรคุณธรรม");
            assertThat(mail.getContentType()).startsWith("multipart/");
            if (kind != NotificationKind.TASK_DIGEST && kind != NotificationKind.EVENT_INVITATION
                    && kind != NotificationKind.SUBCOMMITTEE_AGENDA) {
                assertThat(text).as(kind.id()).contains("MO-2569-50-0042");
                assertThat(html).as(kind.id()).contains("MO-2569-50-0042");
            }
        }
        // dates as Thai people read them
        assertThat(Mails.text(Mails.awaitMail(addresses.get(NotificationKind.CORRECTION_NEEDED), 1).get(0)))
                .contains("โปรดแก้ไขภายในวันที่ " + DAY_BE).contains("แนบหนังสือรับรองนิติบุคคล");
        assertThat(Mails.subject(Mails.awaitMail(addresses.get(NotificationKind.EVENT_INVITATION), 1).get(0)))
                .isEqualTo("ขอเชิญเข้าร่วม ตลาดนัดความดี วันที่ " + DAY_BE);
        assertThat(Mails.text(Mails.awaitMail(addresses.get(NotificationKind.PROVINCIAL_DECISION), 1).get(0)))
                .contains("ปีงบประมาณ พ.ศ. 2569").contains("ผลการพิจารณา: ผ่านการประเมิน");
        assertThat(Mails.text(Mails.awaitMail(addresses.get(NotificationKind.REGISTRATION_ACCEPTED), 1).get(0)))
                .contains("https://moralorg.test/set-password?token=one-time-token").contains("coordinator.0042");
        assertThat(Mails.html(Mails.awaitMail(addresses.get(NotificationKind.SUBCOMMITTEE_AGENDA), 1).get(0)))
                .contains("<li>พิจารณาองค์กรคุณธรรม 12 องค์กร</li>");
        assertThat(Mails.text(Mails.awaitMail(addresses.get(NotificationKind.TASK_DIGEST), 1).get(0)))
                .contains("บันทึกการประชุมชี้แจงเจ้าหน้าที่").contains("กำหนดเสร็จ " + DAY_BE);
    }

    @Test
    void modelValuesAreEscapedInHtmlAndKeptOutOfTheSubjectLine() {
        String address = Mails.unique("escape");
        Map<String, Object> model = new HashMap<>(model(NotificationKind.TASK_WAITING));
        model.put("organisationName", "<script>alert(1)</script>");
        model.put("taskName", "ส่งแบบ อ.02\r\nBcc: victim@example.org");
        notifications.enqueue(NotificationKind.TASK_WAITING, List.of(address), "MO-2569-50-0043", "escape:" + address,
                model);
        MimeMessage mail = Mails.awaitMail(address, 1).get(0);
        assertThat(Mails.html(mail)).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Mails.subject(mail)).doesNotContain("\n").contains("ส่งแบบ อ.02");
        assertThat(th.moralorg.support.TestMail.to("victim@example.org")).isEmpty();
    }

    static Map<String, Object> model(NotificationKind kind) {
        Map<String, Object> m = new HashMap<>();
        m.put("organisationName", "บริษัท ใจดี จำกัด");
        m.put("provinceName", "เชียงใหม่");
        m.put("fiscalYear", 2569);
        m.put("dueDate", DAY);
        m.put("taskName", "บันทึกการประชุมชี้แจงเจ้าหน้าที่");
        m.put("link", "/camunda/app/tasklist/default/#/?task=42");
        switch (kind) {
            case REGISTRATION_ACCEPTED -> {
                m.put("username", "coordinator.0042");
                m.put("link", "https://moralorg.test/set-password?token=one-time-token");
            }
            case CORRECTION_NEEDED -> m.put("corrections", "แนบหนังสือรับรองนิติบุคคล");
            case RETURNED_FOR_REVISION -> m.put("reason", "แผนส่งเสริมคุณธรรมยังไม่มีตัวชี้วัด");
            case PROVINCIAL_DECISION -> m.put("decision", "ผ่านการประเมิน");
            case NATIONAL_RESULT -> m.put("result", "องค์กรคุณธรรมต้นแบบ");
            case SITE_VISIT_PREPARATION -> m.put("visitDate", DAY.atTime(9, 30));
            case EVENT_INVITATION -> {
                m.put("eventName", "ตลาดนัดความดี");
                m.put("eventDate", DAY.atTime(9, 0));
                m.put("venue", "หอประชุมจังหวัดเชียงใหม่");
            }
            case EVENT_PARTICIPATION -> {
                m.put("eventName", "ตลาดนัดความดี");
                m.put("eventType", "ตลาดนัดความดี");
                m.put("eventDate", DAY);
                m.put("certificateLink", "/cases/MO-2569-50-0042/event-certificates/7.pdf");
                m.put("honourLink", "/cases/MO-2569-50-0042/event-certificates/8.pdf");
                m.put("link", "/cases/MO-2569-50-0042/event-certificates/7.pdf");
            }
            case TRAINER_ASSIGNMENT, TRAINER_ASSIGNED -> {
                m.put("trainerName", "นางสาวอบรม ดีงาม");
                m.put("trainerAffiliation", "มหาวิทยาลัยเชียงใหม่");
                m.put("trainerContact", "053-000-000");
                m.put("trainerEmail", "trainer@example.org");
                m.put("topic", "การจัดทำแผนส่งเสริมคุณธรรม");
                m.put("preferredDates", "ต้นเดือนมกราคม");
                m.put("remarks", "ขอเป็นช่วงบ่าย");
                m.put("requestFor", "โรงเรียนบ้านดอกไม้");
                m.put("link", "/cases/MO-2569-50-0042");
            }
            case SLA_REMINDER, ESCALATION -> m.put("daysOpen", 11);
            case SUBCOMMITTEE_AGENDA -> {
                m.put("meetingDate", DAY.atTime(13, 30));
                m.put("agenda", List.of("รับรองรายงานการประชุมครั้งก่อน", "พิจารณาองค์กรคุณธรรม 12 องค์กร"));
            }
            case TASK_DIGEST -> {
                m.put("digestDate", DAY);
                m.put("tasks", List.of(Map.of("taskName", "บันทึกการประชุมชี้แจงเจ้าหน้าที่", "caseNumber", "PREP-2569-50",
                        "dueAt", DAY, "link", "https://moralorg.test/camunda/app/tasklist/default/#/?task=42")));
            }
            default -> {
            }
        }
        return m;
    }
}
