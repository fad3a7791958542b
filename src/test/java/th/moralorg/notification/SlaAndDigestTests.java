package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestClock;
import th.moralorg.support.TestMail;

/** Reminders, escalation and the daily digest, by moving the application's clock. */
@IntegrationTest
class SlaAndDigestTests {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    SlaScanner sla;
    @Autowired
    TaskDigest digest;
    @Autowired
    NotificationPreferences preferences;

    @BeforeEach
    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(ProbeProcesses.SLA).count() == 0) {
            ProbeProcesses.deploy(repository);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Autowired
    SlaSettings slaSettings;

    @Test
    void everyHumanTaskOfEveryModelHasAReminderAndAnEscalation() throws Exception {
        List<String> userTasks;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("bpmn"))) {
            userTasks = files.filter(f -> f.toString().endsWith(".bpmn"))
                    .flatMap(f -> org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(f.toFile())
                            .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream())
                    .map(org.camunda.bpm.model.bpmn.instance.UserTask::getId).toList();
        }
        assertThat(userTasks).hasSizeGreaterThan(20).allSatisfy(task -> {
            assertThat(slaSettings.tasks()).as("moralorg.sla.tasks." + task).containsKey(task);
            assertThat(slaSettings.tasks().get(task).reminder()).as(task + " reminder").isNotNull();
            assertThat(slaSettings.tasks().get(task).escalate()).as(task + " escalation")
                    .isGreaterThan(slaSettings.tasks().get(task).reminder());
        });
    }

    @Test
    void aTaskIsRemindedOnceAfterTenDaysAndEscalatedOnceAfterTwentyOne() {
        String workers = group("sla-workers");
        String worker = member(workers, "worker");
        String escalationGroup = "sla-escalation-50";
        if (identity.createGroupQuery().groupId(escalationGroup).count() == 0) {
            identity.saveGroup(identity.newGroup(escalationGroup));
        }
        String head = member(escalationGroup, "head");
        String businessKey = "MO-2569-50-" + System.nanoTime();
        runtime.startProcessInstanceByKey(ProbeProcesses.SLA, businessKey,
                Map.of("group", workers, "provinceCode", "50", "caseNumber", businessKey));

        sla.scan();
        clock.advance(Duration.ofDays(9));
        sla.scan();
        assertThat(kinds(businessKey)).isEmpty();

        clock.advance(Duration.ofDays(2));
        sla.scan();
        sla.scan();
        MimeMessage reminder = Mails.awaitMail(worker, 1).get(0);
        String dueBe = th.moralorg.reference.ThaiDates.longDate(LocalDate.now(BANGKOK).plusDays(14));
        assertThat(Mails.subject(reminder)).startsWith("เตือน: พิจารณาทดสอบ ครบกำหนด " + dueBe).contains(businessKey);
        assertThat(Mails.text(reminder)).contains("เปิดอยู่มาแล้ว 11 วัน");
        assertThat(kinds(businessKey)).containsExactly("sla-reminder");

        clock.advance(Duration.ofDays(11));
        sla.scan();
        sla.scan();
        MimeMessage escalation = Mails.awaitMail(head, 1).get(0);
        assertThat(Mails.subject(escalation)).startsWith("งานเกินกำหนด: พิจารณาทดสอบ");
        assertThat(Mails.text(escalation)).contains("ยังไม่มีผู้รับงาน");
        assertThat(kinds(businessKey)).containsExactlyInAnyOrder("sla-reminder", "escalation");
        Mails.await().until(() -> jdbc.sql("select count(*) from mo.notification where business_key = ? and status = 'SENT'")
                .param(businessKey).query(Long.class).single() == 2);
        assertThat(TestMail.to(worker)).hasSize(1);
        assertThat(TestMail.to(head)).hasSize(1);
    }

    @Test
    void digestUsersGetOneMailADayListingTheirTasksWhileOthersHearAtOnce() {
        String group = group("digest");
        String daily = member(group, "daily");
        String immediate = member(group, "immediate");
        preferences.setTaskMail(userOf(daily), NotificationPreferences.TaskMail.DAILY_DIGEST);
        String first = "MO-2569-10-" + System.nanoTime();
        String second = "MO-2569-10-" + System.nanoTime();
        runtime.startProcessInstanceByKey(ProbeProcesses.TASK, first, Map.of("group", group, "caseNumber", first));
        runtime.startProcessInstanceByKey(ProbeProcesses.TASK, second, Map.of("group", group, "caseNumber", second));

        assertThat(Mails.awaitMail(immediate, 2)).hasSize(2);
        digest.sendDue();
        assertThat(TestMail.to(daily)).isEmpty();

        // 07:05 Bangkok time tomorrow: the digest of everything that came in before 07:00
        clock.set(LocalDate.now(BANGKOK).plusDays(1).atTime(7, 5).atZone(BANGKOK).toInstant());
        digest.sendDue();
        digest.sendDue();
        MimeMessage mail = Mails.awaitMail(daily, 1).get(0);
        assertThat(Mails.subject(mail)).startsWith("สรุปงานรอดำเนินการประจำวันที่").endsWith("(2 งาน)");
        assertThat(Mails.text(mail)).contains(first).contains(second).contains("ตรวจใบสมัครทดสอบ");

        clock.advance(Duration.ofDays(1));
        digest.sendDue();
        Mails.await().until(() -> jdbc.sql("select count(*) from mo.notification where recipient = ? and status = 'SENT'")
                .param(daily).query(Long.class).single() == 1);
        assertThat(TestMail.to(daily)).hasSize(1);
        assertThat(TestMail.to(immediate)).hasSize(2);
    }

    private List<String> kinds(String businessKey) {
        return jdbc.sql("select kind from mo.notification where business_key = ? order by id").param(businessKey)
                .query(String.class).list();
    }

    private String group(String name) {
        String id = name + "-" + System.nanoTime();
        identity.saveGroup(identity.newGroup(id));
        return id;
    }

    private String member(String group, String name) {
        String id = name + "." + System.nanoTime();
        User user = identity.newUser(id);
        user.setEmail(id + "@example.org");
        identity.saveUser(user);
        identity.createMembership(id, group);
        return user.getEmail();
    }

    private static String userOf(String email) {
        return email.substring(0, email.indexOf('@'));
    }
}
