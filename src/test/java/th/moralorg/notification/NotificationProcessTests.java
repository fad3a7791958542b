package th.moralorg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestMail;

/** The notification beans inside real processes: the mail is part of the step's transaction. */
@IntegrationTest
class NotificationProcessTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationService notifications;

    @BeforeEach
    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(ProbeProcesses.NOTIFY).count() == 0) {
            ProbeProcesses.deploy(repository);
        }
    }

    @Test
    void aStepThatFailsAfterQueuingLeavesNoMail() {
        String email = Mails.unique("rollback");
        String businessKey = "MO-2569-10-" + System.nanoTime();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProbeProcesses.NOTIFY_THEN_FAIL, businessKey,
                Map.of("email", email))).hasMessageContaining("the step failed");

        assertThat(rows(businessKey)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    }

    @Test
    void aStepThatCommitsQueuesItsMailOnceAndItIsDelivered() {
        String email = Mails.unique("commit");
        String businessKey = "MO-2569-10-" + System.nanoTime();

        runtime.startProcessInstanceByKey(ProbeProcesses.NOTIFY, businessKey, Map.of("email", email));

        assertThat(rows(businessKey)).isEqualTo(1);
        String text = Mails.text(Mails.awaitMail(email, 1).get(0));
        assertThat(text).contains(businessKey).contains("ได้รับใบสมัคร");
        Mails.await().until(() -> "SENT".equals(status(businessKey)));
        assertThat(TestMail.to(email)).hasSize(1);
    }

    @Test
    void aDuplicateIdempotencyKeyAddsNothing() {
        String email = Mails.unique("duplicate");
        String key = "registration-received:MO-DUP:" + email;

        EnqueueResult first = notifications.enqueue("registration-received", List.of(email), "MO-DUP", key, Map.of());
        EnqueueResult second = notifications.enqueue("registration-received", List.of(email), "MO-DUP", key, Map.of());

        assertThat(first.queued()).isEqualTo(1);
        assertThat(second.queued()).isZero();
        assertThat(jdbc.sql("select count(*) from mo.notification where idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        Mails.await().until(() -> jdbc.sql("select status from mo.notification where idempotency_key = ?").param(key)
                .query(String.class).single().equals("SENT"));
        assertThat(TestMail.to(email)).hasSize(1);
    }

    @Test
    void invalidAddressesAreRecordedAndNeverBlockTheProcessOrTheOthers() {
        String good = Mails.unique("good");
        String businessKey = "MO-2569-10-" + System.nanoTime();

        ProcessInstance instance = runtime.startProcessInstanceByKey(ProbeProcesses.NOTIFY, businessKey,
                Map.of("email", good + ", not-an-address; someone@localhost, ผู้ใช้@example.org, user:no.such.user"));

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("afterNotify");
        List<Map<String, Object>> invalid = jdbc.sql("select recipient, last_error from mo.notification"
                + " where business_key = ? and status = 'INVALID' order by recipient").param(businessKey).query()
                .listOfRows();
        assertThat(invalid).extracting(r -> r.get("recipient"))
                .containsExactlyInAnyOrder("not-an-address", "someone@localhost", "ผู้ใช้@example.org", "user:no.such.user");
        assertThat(invalid).allSatisfy(r -> assertThat(r.get("last_error")).isNotNull());
        assertThat(Mails.awaitMail(good, 1)).hasSize(1);
    }

    @Test
    void aNewTaskTellsTheMembersOfItsCandidateGroupEvenWhenCreatedInAnOfficersCommand() {
        String businessKey = "PREP-2569-10-" + System.nanoTime();
        String officerMail = DemoAccounts.BANGKOK_OFFICER + "@example.org";
        int before = TestMail.to(officerMail).size();
        // officers start nothing themselves (docs/access.md); a probe group lets this one start the probe
        String starters = "probe-starters-" + System.nanoTime();
        List<Authorization> grants = List.of(
                grant(starters, Resources.PROCESS_DEFINITION, ProbeProcesses.TASK, Permissions.CREATE_INSTANCE),
                grant(starters, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));

        identity.setAuthentication(DemoAccounts.BANGKOK_OFFICER, List.of("pco-10", starters), List.of("province-10"));
        try {
            runtime.startProcessInstanceByKey(ProbeProcesses.TASK, businessKey,
                    Map.of("group", "pco-10", "provinceCode", "10", "caseNumber", businessKey));
        } finally {
            identity.clearAuthentication();
            grants.forEach(g -> authorizations.deleteAuthorization(g.getId()));
        }

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        Mails.await().until(() -> TestMail.to(officerMail).size() > before);
        String text = TestMail.to(officerMail).stream().map(Mails::text).filter(t -> t.contains(businessKey))
                .findFirst().orElseThrow();
        assertThat(text).contains("ตรวจใบสมัครทดสอบ").contains("?task=" + task.getId());
        assertThat(jdbc.sql("select kind from mo.notification where business_key = ?").param(businessKey)
                .query(String.class).single()).isEqualTo("province-inbox");
    }

    @Test
    void groupMembersWithoutAnAddressAreSkippedAndTheOthersGetTheirMail() {
        String group = "notify-probe-" + System.nanoTime();
        identity.saveGroup(identity.newGroup(group));
        String withMail = member(group, "with.mail", Mails.unique("member"));
        member(group, "without.mail", null);
        member(group, "bad.mail", "bad mail@example.org");
        String businessKey = "MO-2569-10-" + System.nanoTime();

        runtime.startProcessInstanceByKey(ProbeProcesses.TASK, businessKey, Map.of("group", group));

        assertThat(Mails.text(Mails.awaitMail(withMail, 1).get(0))).contains("มีงาน \"ตรวจใบสมัครทดสอบ\"");
        Mails.await().until(() -> jdbc.sql("select status from mo.notification where business_key = ? order by status")
                .param(businessKey).query(String.class).list(), s -> s.equals(List.of("INVALID", "INVALID", "SENT")));
    }

    private Authorization grant(String group, Resources resource, String resourceId, Permissions permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        return authorizations.saveAuthorization(grant);
    }

    private String member(String group, String name, String email) {
        String id = name + "." + System.nanoTime();
        User user = identity.newUser(id);
        user.setEmail(email);
        identity.saveUser(user);
        identity.createMembership(id, group);
        return email;
    }

    private long rows(String businessKey) {
        return jdbc.sql("select count(*) from mo.notification where business_key = ?").param(businessKey)
                .query(Long.class).single();
    }

    private String status(String businessKey) {
        return jdbc.sql("select status from mo.notification where business_key = ?").param(businessKey)
                .query(String.class).single();
    }
}
