package th.moralorg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.notification.NotificationKind;
import th.moralorg.notification.NotificationService;
import th.moralorg.notification.SlaScanner;
import th.moralorg.support.Api;
import th.moralorg.support.EmbeddedPostgresServer;
import th.moralorg.support.Node;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestClock;

/**
 * Two nodes of the application on one PostgreSQL database, as docs/operations.md deploys N of
 * them: started at the same moment on an empty database of their own, with the job executor and
 * the mail sender running on both, and their own mail server. Not an {@code @IntegrationTest}: the
 * shared context keeps its database, ports, engine and mail server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int PUBLIC_FORMS_LIMIT = 4;

    private GreenMail mail;
    private ConfigurableApplicationContext node1;
    private ConfigurableApplicationContext node2;
    private JdbcClient db;

    @BeforeAll
    void startBothAtOnce() throws Exception {
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String database = EmbeddedPostgresServer.newTestDatabase();
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            Future<ConfigurableApplicationContext> first = starting.submit(start("node1", database, ready));
            Future<ConfigurableApplicationContext> second = starting.submit(start("node2", database, ready));
            node1 = first.get();
            node2 = second.get();
        } finally {
            starting.shutdown();
        }
        db = node2.getBean(JdbcClient.class);
    }

    @AfterAll
    void stopBoth() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** Both start; what start-up sets up exists once. */
    @Test
    @Order(1)
    void startTogetherOnAnEmptyDatabaseWithoutDuplicates() {
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            int management = Integer.parseInt(node.getEnvironment().getProperty("local.management.port"));
            assertThat(new Api(management).get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        }
        assertThat(duplicates("select name_ from act_re_deployment")).isEmpty();
        assertThat(count("select count(*) from act_re_deployment")).isPositive();
        assertThat(count("select count(*) from act_re_procdef where version_ > 1")).isZero();
        assertThat(duplicates("select concat_ws('|', type_, group_id_, resource_type_, resource_id_)"
                + " from act_ru_authorization where group_id_ is not null")).isEmpty();
        assertThat(duplicates("select name_ from act_ru_filter")).isEmpty();
        assertThat(count("select count(*) from act_ru_filter")).isEqualTo(5);
        long provinces = count("select count(*) from mo.province");
        assertThat(count("select count(*) from act_id_tenant")).isEqualTo(provinces + 1);
        assertThat(count("select count(*) from act_id_group where id_ like 'pco-%' or id_ in ('dra', 'managers',"
                + " 'camunda-admin')")).isEqualTo(2 * provinces + 3);
        assertThat(duplicates("select concat_ws('|', tenant_id_, group_id_, user_id_) from act_id_tenant_member"))
                .isEmpty();
        assertThat(count("select count(*) from act_id_user where id_ in (" + String.join(",",
                DemoAccounts.IDS.stream().map(id -> "'" + id + "'").toList()) + ")")).isEqualTo(DemoAccounts.IDS.size());
        // the demo's preparations, cases and review: one process per business key
        assertThat(duplicates("select proc_def_key_ || ':' || business_key_ from act_hi_procinst"
                + " where business_key_ is not null")).isEmpty();
        assertThat(count("select count(*) from act_hi_procinst")).isPositive();
    }

    /** Every async continuation and timer runs once, whichever node's job executor takes it. */
    @Test
    @Order(2)
    void everyAsyncJobAndTimerRunsOnce() throws Exception {
        node1.getBean(RepositoryService.class).createDeployment().name("two-nodes-probe")
                .addModelInstance("two-nodes-probe.bpmn", Bpmn.createExecutableProcess("twoNodesProbe")
                        .camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("beforeTimer").camundaAsyncBefore().camundaClass(CountingStep.class.getName())
                        .intermediateCatchEvent("wait").timerWithDuration("PT1S")
                        .serviceTask("afterTimer").camundaClass(CountingStep.class.getName())
                        .endEvent().done())
                .deploy();
        int perNode = 20;
        List<Callable<Void>> starts = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            RuntimeService runtime = node.getBean(RuntimeService.class);
            String name = name(node);
            starts.add(() -> {
                for (int i = 0; i < perNode; i++) {
                    runtime.startProcessInstanceByKey("twoNodesProbe", "two-nodes-" + name + "-" + i);
                }
                return null;
            });
        }
        runAtOnce(starts);

        HistoryService history = node2.getBean(HistoryService.class);
        waitFor("every probe ended", () -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("twoNodesProbe").finished().count() == 2 * perNode);
        assertThat(CountingStep.runs).hasSize(2 * perNode * 2);
        assertThat(CountingStep.runs.values()).allMatch(n -> n.get() == 1);
        assertThat(count("select count(*) from act_ru_incident")).isZero();
        System.out.println("Two nodes: probe steps run per engine " + CountingStep.byEngine);
    }

    /** Mail queued on both nodes, both senders running: each mail reaches its recipient once. */
    @Test
    @Order(3)
    void everyNotificationIsSentOnce() throws Exception {
        int perNode = 20;
        List<Callable<Void>> queueing = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            NotificationService notifications = node.getBean(NotificationService.class);
            String name = name(node);
            queueing.add(() -> {
                for (int i = 0; i < perNode; i++) {
                    String address = name + "-" + i + "@two-nodes.test";
                    notifications.enqueue(NotificationKind.SUBMISSION_RECEIVED, List.of(address), "TWO-NODES",
                            "submission-received:two-nodes:" + address, Map.of("formName", "แบบ อ.02"));
                }
                return null;
            });
        }
        runAtOnce(queueing);
        waitForOutbox();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            for (int i = 0; i < perNode; i++) {
                assertThat(to(name(node) + "-" + i + "@two-nodes.test")).hasSize(1);
            }
        }
        System.out.println("Two nodes: mail sent by node1 " + sent(node1) + ", by node2 " + sent(node2));
    }

    /** The day's digest, checked for on both nodes at once: one mail per user. */
    @Test
    @Order(4)
    void theDigestGoesOutOncePerUserAndDay() throws Exception {
        Instant after = LocalDate.now(BANGKOK).plusDays(1).atTime(8, 0).atZone(BANGKOK).toInstant();
        setClocks(after);
        List<String> users = List.of("digest-1@two-nodes.test", "digest-2@two-nodes.test", "digest-3@two-nodes.test");
        for (String user : users) {
            for (int task = 0; task < 2; task++) {
                db.sql("""
                        insert into mo.notification_digest_item (user_id, recipient, task_id, task_name, business_key,
                            case_number, created_at) values (?, ?, ?, 'ตรวจเอกสาร', 'TWO-NODES', 'TWO-NODES', ?)""")
                        .params(user, user, user + "-task-" + task, after.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                        .update();
            }
        }
        List<Callable<Void>> checks = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            Object digest = node.getBean("taskDigest");
            checks.add(() -> {
                for (int i = 0; i < 3; i++) {
                    ReflectionTestUtils.invokeMethod(digest, "sendDue");
                }
                return null;
            });
        }
        runAtOnce(checks);
        waitForOutbox();
        for (String user : users) {
            assertThat(to(user)).hasSize(1);
        }
    }

    /** SLA scans: every node checks, one scans per period; the reminder goes out once. */
    @Test
    @Order(5)
    void oneSlaScanPerDueTimeAndOneReminder() throws Exception {
        IdentityService identity = node1.getBean(IdentityService.class);
        User officer = identity.newUser("two-nodes.officer");
        officer.setFirstName("สมหญิง");
        officer.setLastName("ทดสอบ");
        officer.setEmail("sla@two-nodes.test");
        identity.saveUser(officer);
        identity.saveGroup(identity.newGroup("two-nodes-office"));
        identity.createMembership("two-nodes.officer", "two-nodes-office");
        node1.getBean(RepositoryService.class).createDeployment().name("two-nodes-sla")
                .addModelInstance("two-nodes-sla.bpmn", Bpmn.createExecutableProcess("twoNodesSla")
                        .camundaHistoryTimeToLive(1).startEvent()
                        .userTask("slaProbe").name("พิจารณาทดสอบ").camundaCandidateGroups("two-nodes-office")
                        .endEvent().done())
                .deploy();
        node1.getBean(RuntimeService.class).startProcessInstanceByKey("twoNodesSla", "TWO-NODES-SLA");
        // eleven days later (the probe's reminder is due after ten), at the start of a scan period
        Instant later = Instant.now().plus(Duration.ofDays(11)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        setClocks(later);

        assertThat(scansOnBothAtOnce()).isEqualTo(1);
        assertThat(scansOnBothAtOnce()).isZero();
        setClocks(later.plus(Duration.ofMinutes(15)));
        assertThat(scansOnBothAtOnce()).isEqualTo(1);
        waitForOutbox();
        assertThat(to("sla@two-nodes.test")).hasSize(1);
        assertThat(count("select count(*) from mo.scheduled_run where job = 'sla-scan'")).isEqualTo(2);
    }

    /** Forms sent to either node count against one allowance per client address. */
    @Test
    @Order(6)
    void thePublicFormLimitCountsAcrossNodes() {
        List<Api> nodes = List.of(new Api(Node.port(node1)), new Api(Node.port(node2)));
        for (int i = 0; i < PUBLIC_FORMS_LIMIT; i++) {
            assertThat(nodes.get(i % 2).postJson("/api/registrations", "{}", null, null).statusCode())
                    .as("form %d", i + 1).isEqualTo(400);
        }
        for (Api node : nodes) {
            assertThat(node.postJson("/api/registrations", "{}", null, null).statusCode()).isEqualTo(429);
        }
    }

    /** Signed in on node 1, which then stops: the same cookie is signed in on node 2. Last: node 1 goes. */
    @Test
    @Order(7)
    void aSessionCarriesOnWhenItsNodeStops() {
        HttpClient browser = SignIn.as(Node.port(node1), DemoAccounts.BANGKOK_OFFICER, "demo");
        assertThat(get(browser, Node.port(node1), "/office").statusCode()).isEqualTo(200);
        int port2 = Node.port(node2);
        node1.close();
        node1 = null;
        assertThat(get(browser, port2, "/office").statusCode()).isEqualTo(200);
        HttpClient stranger = HttpClient.newHttpClient();
        assertThat(get(stranger, port2, "/office").statusCode()).isEqualTo(302);
    }

    /** Records each run of a probe step, by business key and step, and which engine ran it. */
    public static class CountingStep implements JavaDelegate {

        static final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        static final Map<String, AtomicInteger> byEngine = new ConcurrentHashMap<>();

        @Override
        public void execute(DelegateExecution execution) {
            runs.computeIfAbsent(execution.getProcessBusinessKey() + "/" + execution.getCurrentActivityId(),
                    k -> new AtomicInteger()).incrementAndGet();
            byEngine.computeIfAbsent(execution.getProcessEngine().getName(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private Callable<ConfigurableApplicationContext> start(String name, String database, CountDownLatch ready) {
        return () -> {
            ready.countDown();
            ready.await();
            return Node.start(name, database, name.equals("node1"),
                    // the job executor looks for due timers every second at the latest
                    "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                    "--moralorg.notification.sender-interval=100ms",
                    "--moralorg.public-forms.limit=" + PUBLIC_FORMS_LIMIT,
                    // the test scans when it wants to, not in the background
                    "--moralorg.sla.check-interval=1h", "--moralorg.sla.tasks.slaProbe.reminder=P10D");
        };
    }

    private int scansOnBothAtOnce() throws Exception {
        AtomicInteger scanned = new AtomicInteger();
        List<Callable<Void>> scans = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(node1, node2)) {
            SlaScanner scanner = node.getBean(SlaScanner.class);
            scans.add(() -> {
                if (scanner.scanIfDue()) {
                    scanned.incrementAndGet();
                }
                return null;
            });
        }
        runAtOnce(scans);
        return scanned.get();
    }

    private void setClocks(Instant at) {
        node1.getBean(TestClock.class).set(at);
        node2.getBean(TestClock.class).set(at);
    }

    /** Runs the tasks on threads of their own, released together; rethrows the first failure. */
    private static void runAtOnce(List<Callable<Void>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Void>> running = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                running.add(threads.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            for (Future<Void> f : running) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    /** Until the outbox holds no mail waiting: every row is SENT (or refused), none is retried later. */
    private void waitForOutbox() {
        waitFor("the outbox empties", () -> count("select count(*) from mo.notification where status = 'PENDING'") == 0);
        assertThat(count("select count(*) from mo.notification where status not in ('SENT', 'INVALID')")).isZero();
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static double sent(ConfigurableApplicationContext node) {
        return node.getBean(io.micrometer.core.instrument.MeterRegistry.class).get("moralorg.outbox.sent")
                .functionCounter().count();
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private List<String> duplicates(String selectOneColumn) {
        return db.sql("select v from (" + selectOneColumn + ") as t(v)"
                + " group by v having count(*) > 1").query(String.class).list();
    }

    private static String name(ConfigurableApplicationContext node) {
        return node.getEnvironment().getProperty("camunda.bpm.process-engine-name");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> get(HttpClient client, int port, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
