package th.moralorg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.notification.NotificationKind;
import th.moralorg.notification.NotificationService;
import th.moralorg.support.Api;
import th.moralorg.support.EmbeddedPostgresServer;
import th.moralorg.support.Nodes;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestClock;

/**
 * Faults survived, nothing lost or doubled (docs/operations.md "Faults"): PostgreSQL restarted
 * under load, SMTP down for a working day, the database refusing writes, a node killed in the
 * middle of a step. Nodes of their own on a PostgreSQL server of their own, which the tests stop,
 * start and break; not an {@code @IntegrationTest}, whose shared server must stay up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTests {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** These tests' fiscal year: registration takes the current and the next, so the nodes' clocks are in it. */
    private static final int FISCAL_YEAR = 2620;
    private static final Instant IN_FISCAL_YEAR = LocalDate.of(2076, 11, 16).atTime(8, 0).atZone(BANGKOK).toInstant();
    private static final byte[] PDF = "%PDF-1.4\n% หลักฐาน\n".getBytes(StandardCharsets.UTF_8);
    private static final String UNREACHABLE = "ระบบฐานข้อมูลไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่";
    private static final String REFUSES_WRITES = "ขณะนี้ระบบไม่สามารถบันทึกข้อมูลได้ชั่วคราว สิ่งที่ส่งมาครั้งนี้ยังไม่ได้บันทึก"
            + " กรุณาลองใหม่ภายหลัง หากยังไม่ได้ กรุณาแจ้งผู้ดูแลระบบ";

    /** The nodes by engine name, for the probe steps, which the engine instantiates. */
    static final Map<String, ConfigurableApplicationContext> NODES = new ConcurrentHashMap<>();

    @TempDir
    static Path dataDirectory;

    private int databasePort;
    private EmbeddedPostgres server;
    private String database;
    private ServerSetup smtp;
    private GreenMail mail;
    private ConfigurableApplicationContext node;
    private final AtomicInteger organisations = new AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        databasePort = Nodes.freePort();
        server = EmbeddedPostgresServer.persistent(dataDirectory, databasePort);
        admin("create database faults");
        database = server.getJdbcUrl("postgres", "faults");
        smtp = new ServerSetup(Nodes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        mail = new GreenMail(smtp);
        mail.start();
        node = startNode("faults1", true);
        db().sql("create table public.fault_step (business_key text not null, step text not null, engine text not null)")
                .update();
        db().sql("""
                insert into mo.registration_window (province_code, fiscal_year, opened_by, channels, outreach_from,
                    outreach_to, organisations_reached) values ('10', ?, 'faults', 'ทดสอบ', ?, ?, 0)""")
                .params(FISCAL_YEAR, LocalDate.of(2076, 10, 1), LocalDate.of(2076, 10, 31)).update();
    }

    @AfterAll
    void stop() throws Exception {
        for (ConfigurableApplicationContext n : NODES.values()) {
            n.close();
        }
        NODES.clear();
        if (mail != null) {
            mail.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * PostgreSQL stops while registrations pour in and job steps run, and starts again on its
     * data: requests in flight answer 503 in Thai, the node carries on by itself, and every case,
     * step and mail is there once or not at all.
     */
    @Test
    @Order(1)
    void postgresRestartedUnderLoad() throws Exception {
        deployProbe("faultsProbe", Bpmn.createExecutableProcess("faultsProbe").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("before").camundaAsyncBefore().camundaClass(RecordingStep.class.getName())
                .intermediateCatchEvent("wait").timerWithDuration("PT2S")
                .serviceTask("after").camundaClass(RecordingStep.class.getName())
                .endEvent().done());
        RuntimeService runtime = node.getBean(RuntimeService.class);
        Map<Integer, HttpResponse<String>> answers = new ConcurrentHashMap<>();
        Set<Integer> sentAfterRestart = ConcurrentHashMap.newKeySet();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (loading.get()) {
                    int n = organisations.incrementAndGet();
                    boolean after = restarted.get();
                    answers.put(n, register(n));
                    if (after) {
                        sentAfterRestart.add(n);
                    }
                }
            }, "faults-load-" + t);
            thread.start();
            load.add(thread);
        }
        waitFor("registrations go through", () -> status(answers, 201) >= 8);
        for (int i = 0; i < 10; i++) {
            runtime.startProcessInstanceByKey("faultsProbe", "restart-" + i);
        }

        server.close();
        waitFor("requests meet the stopped database", () -> status(answers, 503) >= 4);
        server = EmbeddedPostgresServer.persistent(dataDirectory, databasePort);
        restarted.set(true);
        waitFor("registrations go through again, the node not restarted", () -> sentAfterRestart.stream()
                .filter(n -> answers.get(n).statusCode() == 201).count() >= 8);
        loading.set(false);
        for (Thread thread : load) {
            thread.join(DEADLINE.toMillis());
        }
        for (int i = 10; i < 15; i++) {
            runtime.startProcessInstanceByKey("faultsProbe", "restart-" + i);
        }

        // every answer is the case or a clean Thai refusal
        for (HttpResponse<String> answer : answers.values()) {
            assertThat(answer.statusCode()).as(answer.body()).isIn(201, 503);
            if (answer.statusCode() == 503) {
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(JSON.readTree(answer.body()).path("detail").asText()).isEqualTo(UNREACHABLE);
            }
        }
        // the job executor resumed: each probe step done once, both the ones the stop interrupted and the new
        HistoryService history = node.getBean(HistoryService.class);
        waitFor("every probe ended", () -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("faultsProbe").finished().count() == 15);
        assertThat(db().sql("select business_key || '/' || step, count(*) from public.fault_step"
                + " where business_key like 'restart-%' group by 1").query((rs, i) -> rs.getLong(2)).list())
                .hasSize(30).containsOnly(1L);
        assertThat(count("select count(*) from act_ru_incident")).isZero();

        // every case whole: organisation, case, form อ.01, its process at the first step, its mail
        List<String> cases = db().sql("select case_number from mo.organisation_case where fiscal_year = ?")
                .param(FISCAL_YEAR).query(String.class).list();
        for (Map.Entry<Integer, HttpResponse<String>> answer : answers.entrySet()) {
            if (answer.getValue().statusCode() == 201) {
                assertThat(cases).contains(caseNumber(answer.getValue()));
            }
        }
        assertWhole(cases);
        // the outbox resumed: each coordinator of a case got the receipt once, nobody else got one; a copy
        // sent again because the stop came between SMTP's acceptance and the SENT mark is the same message
        waitForOutbox();
        Map<String, String> coordinators = coordinatorsByCase();
        int copies = 0;
        List<String> addresses = new ArrayList<>();
        answers.keySet().forEach(n -> addresses.add(coordinator(n)));
        IntStream.range(0, 15).forEach(i -> List.of("before", "after")
                .forEach(step -> addresses.add("restart-" + i + "-" + step + "@faults.test")));
        for (String address : addresses) {
            boolean expected = !address.startsWith("faults-") || coordinators.containsValue(address);
            List<MimeMessage> received = to(address);
            assertThat(received.stream().map(FaultsTests::messageId).distinct().count()).as(address)
                    .isEqualTo(expected ? 1 : 0);
            copies += Math.max(0, received.size() - 1);
        }
        assertThat(copies).as("copies sent again").isLessThanOrEqualTo(1);
        System.out.printf("Faults: PostgreSQL restart, %d registrations answered 201, %d answered 503, %d cases,"
                + " %d mail copies sent again%n", status(answers, 201), status(answers, 503), cases.size(), copies);
    }

    /**
     * SMTP down for a working day, mail queued all the while (one a minute, eight hours): none
     * spends an attempt; when SMTP is back each goes out once, most urgent first.
     */
    @Test
    @Order(2)
    void smtpDownForAWorkingDay() {
        mail.stop();
        TestClock clock = node.getBean(TestClock.class);
        NotificationService notifications = node.getBean(NotificationService.class);
        int mails = 8 * 60;
        for (int i = 0; i < mails; i++) {
            NotificationKind kind = kindOf(i);
            Map<String, Object> model = new HashMap<>(Map.of("taskName", "ตรวจเอกสาร", "formName", "แบบ อ.02",
                    "dueDate", IN_FISCAL_YEAR.plus(Duration.ofDays(4))));
            notifications.enqueue(kind, List.of(dayMail(i)), "FAULTS-DAY", "faults-day:" + i, model);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(count("select count(*) from mo.notification where business_key = 'FAULTS-DAY'"
                + " and status = 'PENDING' and attempts = 0")).isEqualTo(mails);

        mail = new GreenMail(smtp);
        mail.start();
        waitForOutbox();
        List<String> received = Arrays.stream(mail.getReceivedMessages()).map(FaultsTests::recipient)
                .filter(a -> a.startsWith("day-")).toList();
        List<String> byUrgency = IntStream.range(0, mails).boxed()
                .sorted(Comparator.comparing((Integer i) -> kindOf(i).urgency()).thenComparing(i -> i))
                .map(FaultsTests::dayMail).toList();
        assertThat(received).containsExactlyElementsOf(byUrgency);
        assertThat(count("select count(*) from mo.notification where business_key = 'FAULTS-DAY'"
                + " and status = 'SENT' and attempts = 1")).isEqualTo(mails);
    }

    /**
     * PostgreSQL refuses writes (read-only, as a full disk or a demoted primary does): a form and an
     * evidence file are refused in Thai with 503 and leave nothing; once writes are back, both go through.
     */
    @Test
    @Order(3)
    void theDatabaseRefusingWrites() throws Exception {
        String caseNumber = db().sql("select min(case_number) from mo.organisation_case where fiscal_year = ?")
                .param(FISCAL_YEAR).query(String.class).single();
        String attachments = "/api/cases/" + caseNumber + "/attachments";
        // signed in before, with a page open (its CSRF cookie): a sign-in writes its session
        HttpClient officer = SignIn.as(Nodes.port(node), DemoAccounts.BANGKOK_OFFICER, "demo");
        officer.send(HttpRequest.newBuilder(URI.create("http://localhost:" + Nodes.port(node) + "/office")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        long rows = countCaseRows();
        int n = organisations.incrementAndGet();
        admin("alter system set default_transaction_read_only = on");
        try {
            reloadConfiguration("on");
            HttpResponse<String> refused = register(n);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).path("detail").asText()).isEqualTo(REFUSES_WRITES);
            // evidence files are kept in the database (mo.attachment): its disk refusing writes refuses them too
            HttpResponse<String> evidence = upload(officer, attachments);
            assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(503);
            assertThat(JSON.readTree(evidence.body()).path("detail").asText()).isEqualTo(REFUSES_WRITES);
            assertThat(countCaseRows()).isEqualTo(rows);
        } finally {
            admin("alter system reset default_transaction_read_only");
            reloadConfiguration("off");
        }
        HttpResponse<String> accepted = register(n);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertWhole(List.of(caseNumber(accepted)));
        HttpResponse<String> uploaded = upload(officer, attachments);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(count("select count(*) from mo.attachment where case_number = '" + caseNumber + "'")).isEqualTo(1);
    }

    /**
     * A second node takes a step and dies in the middle: PostgreSQL drops its connection, as it
     * does for a node that crashed or lost the network, so its transaction never commits. The
     * step's job is taken again once its lock expires, and done once.
     */
    @Test
    @Order(4)
    void aNodeKilledMidStep() throws Exception {
        ConfigurableApplicationContext second = startNode("faults2", false);
        deployProbe("faultsKill", Bpmn.createExecutableProcess("faultsKill").camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("work").camundaAsyncBefore().camundaClass(DyingStep.class.getName())
                .endEvent().done());
        node.getBean(RuntimeService.class).startProcessInstanceByKey("faultsKill", "kill-1");
        assertThat(DyingStep.entered.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // mid-step: what the step wrote is not committed
        assertThat(count("select count(*) from public.fault_step where business_key = 'kill-1'")).isZero();
        assertThat(count("select count(*) from mo.notification where business_key = 'kill-1'")).isZero();

        admin("select pg_terminate_backend(" + DyingStep.backend + ")");
        HistoryService history = node.getBean(HistoryService.class);
        waitFor("the step is redone", () -> history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("kill-1").finished().count() == 1);
        DyingStep.release.countDown();
        ConfigurableApplicationContext killed = NODES.remove(DyingStep.killedOn);
        killed.close();
        ConfigurableApplicationContext survivor = killed == node ? second : node;
        node = survivor;

        assertThat(DyingStep.runs.get()).isEqualTo(2);
        assertThat(db().sql("select engine from public.fault_step where business_key = 'kill-1'").query(String.class)
                .list()).hasSize(1);
        assertThat(count("select count(*) from act_ru_job where process_def_key_ = 'faultsKill'")).isZero();
        assertThat(count("select count(*) from act_ru_incident")).isZero();
        waitForOutbox();
        assertThat(to("kill-1-work@faults.test")).hasSize(1);
        System.out.println("Faults: step killed on " + DyingStep.killedOn + ", redone on "
                + db().sql("select engine from public.fault_step where business_key = 'kill-1'").query(String.class)
                        .single());
    }

    /** A probe step that writes a row and queues a mail in the step's transaction. */
    public static class RecordingStep implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            record(execution);
        }

        static void record(DelegateExecution execution) {
            String engine = execution.getProcessEngine().getName();
            ConfigurableApplicationContext on = NODES.get(engine);
            String key = execution.getProcessBusinessKey();
            String step = execution.getCurrentActivityId();
            on.getBean(JdbcClient.class).sql("insert into public.fault_step (business_key, step, engine) values (?, ?, ?)")
                    .params(key, step, engine).update();
            on.getBean(NotificationService.class).enqueue(NotificationKind.SUBMISSION_RECEIVED,
                    List.of(key + "-" + step + "@faults.test"), key, "faults:" + key + ":" + step,
                    Map.of("formName", "แบบทดสอบ"));
        }
    }

    /** As RecordingStep; the first run then waits, mid-transaction, for the test to kill its connection. */
    public static class DyingStep implements JavaDelegate {

        static final CountDownLatch entered = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);
        static final AtomicInteger runs = new AtomicInteger();
        static volatile int backend;
        static volatile String killedOn;

        @Override
        public void execute(DelegateExecution execution) throws InterruptedException {
            RecordingStep.record(execution);
            if (runs.incrementAndGet() == 1) {
                String engine = execution.getProcessEngine().getName();
                backend = NODES.get(engine).getBean(JdbcClient.class).sql("select pg_backend_pid()")
                        .query(Integer.class).single();
                killedOn = engine;
                entered.countDown();
                release.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    private ConfigurableApplicationContext startNode(String name, boolean setsUpLogging) {
        ConfigurableApplicationContext started = Nodes.start(name, database, setsUpLogging, List.of(
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getPort(),
                "--moralorg.notification.sender-interval=100ms",
                // one sender thread per node: mail leaves in exactly the order it is claimed
                "--moralorg.notification.sender-threads=1",
                "--moralorg.public-forms.limit=100000",
                "--moralorg.sla.check-interval=1h",
                // a request waits 2 s, not 30, for a connection while the database is away
                "--spring.datasource.hikari.connection-timeout=2000",
                // a dead node's job is taken again after 3 s rather than 5 min
                "--camunda.bpm.job-execution.lock-time-in-millis=3000"));
        started.getBean(TestClock.class).set(IN_FISCAL_YEAR);
        NODES.put(name, started);
        return started;
    }

    private void deployProbe(String name, org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
        node.getBean(RepositoryService.class).createDeployment().name(name).addModelInstance(name + ".bpmn", model)
                .deploy();
    }

    private HttpResponse<String> register(int n) {
        Map<String, Object> form = new HashMap<>(Map.of("organisationName", "องค์กรทดสอบเหตุขัดข้อง " + n,
                "organisationType", "SCHOOL", "parentBody", "สำนักงานเขตพื้นที่การศึกษากรุงเทพมหานคร",
                "address", "1 ถนนราชดำเนิน เขตพระนคร", "provinceCode", "10", "executiveCount", 5,
                "memberCount", 100, "headName", "นางสาวใจดี มีสุข", "coordinatorName", "นายประสาน งานดี"));
        form.putAll(Map.of("coordinatorPosition", "ครู", "coordinatorPhone", "081-234-5678",
                "coordinatorEmail", coordinator(n), "consent", true, "fiscalYear", FISCAL_YEAR));
        try {
            return api().postJson("/api/registrations", JSON.writeValueAsString(form), null, null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each case has its organisation, one form อ.01, one process waiting at its first step and one receipt. */
    private void assertWhole(List<String> cases) {
        for (String caseNumber : cases) {
            assertThat(count("select count(*) from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id"
                    + " where c.case_number = '" + caseNumber + "'")).as(caseNumber).isEqualTo(1);
            assertThat(count("select count(*) from mo.form_submission where form_code = 'O01' and case_number = '"
                    + caseNumber + "'")).as(caseNumber).isEqualTo(1);
            assertThat(count("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                    + " where e.business_key_ = '" + caseNumber + "' and t.task_def_key_ = 'reviewIntent'"))
                    .as(caseNumber).isEqualTo(1);
            assertThat(count("select count(*) from act_ru_execution where parent_id_ is null and business_key_ = '"
                    + caseNumber + "'")).as(caseNumber).isEqualTo(1);
            assertThat(count("select count(*) from mo.notification where kind = 'registration-received'"
                    + " and business_key = '" + caseNumber + "'")).as(caseNumber).isEqualTo(1);
        }
        // and nothing of a case that is not there
        assertThat(count("select count(*) from mo.organisation o where o.name like 'องค์กรทดสอบเหตุขัดข้อง %'"
                + " and not exists (select 1 from mo.organisation_case c where c.organisation_id = o.id)")).isZero();
    }

    private long countCaseRows() {
        return count("select (select count(*) from mo.organisation) + (select count(*) from mo.organisation_case)"
                + " + (select count(*) from mo.attachment)"
                + " + (select count(*) from mo.form_submission) + (select count(*) from mo.notification)"
                + " + (select count(*) from act_ru_execution)");
    }

    private Map<String, String> coordinatorsByCase() {
        return db().sql("select case_number, coordinator_email from mo.organisation_case where fiscal_year = ?")
                .param(FISCAL_YEAR).query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static NotificationKind kindOf(int i) {
        return switch (i % 5) {
            case 0 -> NotificationKind.SLA_REMINDER;
            case 1, 2 -> NotificationKind.TASK_WAITING;
            default -> NotificationKind.SUBMISSION_RECEIVED;
        };
    }

    private static String dayMail(int i) {
        return "day-" + i + "@faults.test";
    }

    private static String coordinator(int n) {
        return "faults-" + n + "@faults.test";
    }

    private static String caseNumber(HttpResponse<String> created) {
        try {
            JsonNode body = JSON.readTree(created.body());
            return body.get("caseNumber").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long status(Map<Integer, HttpResponse<String>> answers, int status) {
        return answers.values().stream().filter(a -> a.statusCode() == status).count();
    }

    private void waitForOutbox() {
        waitFor("the outbox empties", () -> count("select count(*) from mo.notification where status = 'PENDING'") == 0);
        assertThat(count("select count(*) from mo.notification where status not in ('SENT', 'INVALID')")).isZero();
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An evidence file sent from our pages: the session's cookie and CSRF token. */
    private HttpResponse<String> upload(HttpClient browser, String path) throws Exception {
        String boundary = "----faults" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evidence.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + Nodes.port(node) + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header(SignIn.CSRF_HEADER, SignIn.csrfToken(browser))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Api api() {
        return new Api(Nodes.port(node));
    }

    private JdbcClient db() {
        return node.getBean(JdbcClient.class);
    }

    private long count(String sql) {
        return db().sql(sql).query(Long.class).single();
    }

    /**
     * Has the server read its configuration again and the node take new connections, which start
     * with it: a pooled connection would only take it at its next statement, some moment later.
     */
    private void reloadConfiguration(String readOnly) throws SQLException {
        admin("select pg_reload_conf()");
        waitFor("the server reads default_transaction_read_only = " + readOnly, () -> {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                    var rows = s.executeQuery("show default_transaction_read_only")) {
                return rows.next() && readOnly.equals(rows.getString(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        node.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    /** A statement on the server's own connection, as an operator would run it in psql. */
    private void admin(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
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
