package th.moralorg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import th.moralorg.organisationcase.CasesAtEveryStage;
import th.moralorg.support.EmbeddedPostgresServer;
import th.moralorg.support.Nodes;
import th.moralorg.support.PostgresTools;
import th.moralorg.support.SignIn;

/**
 * The backup and restore drill of docs/operations.md "Backups", with PostgreSQL's own tools: a
 * {@code pg_dump} of the running system holding cases at every stage with their files, restored by
 * {@code pg_restore} into an empty database, the application started on it: every row is as it
 * was, and the cases carry on. Not an {@code @IntegrationTest}: its nodes have databases of their own.
 */
class BackupRestoreDrillTests {

    private GreenMail mail;
    private ConfigurableApplicationContext running;
    private ConfigurableApplicationContext restored;

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {running, restored}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void aBackupOfTheRunningSystemRestoresIntoAWorkingOne(@TempDir Path dir) throws Exception {
        PostgresTools tools = PostgresTools.required();
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String source = EmbeddedPostgresServer.newTestDatabase();
        running = start("drillRunning", source);
        CasesAtEveryStage.Made made = CasesAtEveryStage.create(running);
        List<String> tasks = openTasks(running);
        List<String> timers = timers(running);
        assertThat(timers).as("the correction window and the reassessment invitation wait as timers").hasSizeGreaterThanOrEqualTo(2);

        // the backup, while the system runs and registrations come in: pg_dump reads the snapshot a
        // transaction exported, the one compared with below, and none of what came in after it
        Path backup = dir.resolve("moralorg.dump");
        Map<String, String> before;
        long dumpMillis;
        AtomicBoolean dumping = new AtomicBoolean(true);
        AtomicInteger registered = new AtomicInteger();
        ExecutorService registering = Executors.newSingleThreadExecutor();
        try (Connection c = EmbeddedPostgresServer.connect(source)) {
            c.setAutoCommit(false);
            c.createStatement().execute("set transaction isolation level repeatable read, read only");
            JdbcClient snapshot = JdbcClient.create(new SingleConnectionDataSource(c, true));
            String id = snapshot.sql("select pg_export_snapshot()").query(String.class).single();
            before = digests(snapshot);
            Future<?> writes = registering.submit(() -> {
                while (dumping.get()) {
                    CasesAtEveryStage.register(running);
                    registered.incrementAndGet();
                }
            });
            await(() -> registered.get() > 0 || writes.isDone());
            long dumpStarted = System.nanoTime();
            tools.dumpAt(source, id, backup);
            dumpMillis = (System.nanoTime() - dumpStarted) / 1_000_000;
            c.commit();
            dumping.set(false);
            writes.get();
        } finally {
            dumping.set(false);
            registering.shutdown();
        }
        assertThat(running.getBean(JdbcClient.class).sql("select count(*) || '' from mo.organisation_case")
                .query(String.class).single()).as("cases registered during the backup")
                .isEqualTo(Long.parseLong(before.get("mo.organisation_case").split(" ")[0]) + registered.get() + "");
        running.close();
        running = null;

        // the restore, into an empty database, before any application touches it: every table as it was
        String target = EmbeddedPostgresServer.newTestDatabase();
        long restoreStarted = System.nanoTime();
        tools.restore(backup, target);
        long restoreMillis = (System.nanoTime() - restoreStarted) / 1_000_000;
        try (Connection c = EmbeddedPostgresServer.connect(target)) {
            assertThat(digests(JdbcClient.create(new SingleConnectionDataSource(c, true))))
                    .containsExactlyInAnyOrderEntriesOf(before);
        }
        assertThat(before).containsKeys("mo.organisation_case", "mo.form_submission", "mo.attachment",
                "public.act_ru_task", "public.act_ru_job");

        // the application on it finds every case, task, timer and file
        restored = start("drillRestored", target);
        JdbcClient db = restored.getBean(JdbcClient.class);
        assertThat(db.sql("select count(*) || '' from act_re_deployment").query(String.class).single())
                .as("no model deployed again").isEqualTo(before.get("public.act_re_deployment").split(" ")[0]);
        assertThat(openTasks(restored)).containsExactlyElementsOf(tasks);
        assertThat(timers(restored)).containsExactlyElementsOf(timers);
        // signed in through the session: HTTP Basic on /api would ask Camunda for the engine named
        // "default", which in this JVM is the shared test context's, not this node's
        HttpClient officer = SignIn.as(Nodes.port(restored), "officer.50", "demo");
        String base = "http://localhost:" + Nodes.port(restored);
        for (String caseNumber : made.caseByStage().values()) {
            assertThat(officer.send(HttpRequest.newBuilder(URI.create(base + "/api/cases/" + caseNumber)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as(caseNumber).isEqualTo(200);
        }
        for (CasesAtEveryStage.File file : made.files()) {
            long id = db.sql("select id from mo.attachment where case_number = ? and file_name = ?")
                    .params(file.caseNumber(), file.fileName()).query(Long.class).single();
            HttpResponse<byte[]> download = officer.send(HttpRequest.newBuilder(URI.create(base + "/api/cases/"
                    + file.caseNumber() + "/attachments/" + id)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).as(file.fileName()).isEqualTo(file.content());
        }
        assertThat(db.sql("select count(*) from mo.attachment where sha256 <> encode(sha256(content), 'hex')")
                .query(Long.class).single()).isZero();

        // and the cases carry on: a step, a timer, a new registration numbered after the restored ones
        Map<String, String> byStage = made.caseByStage();
        assertThat(CasesAtEveryStage.checkCompleteness(restored, byStage.get("submitted")))
                .isEqualTo("AWAITING_PROVINCIAL_REVIEW");
        ManagementService management = restored.getBean(ManagementService.class);
        String instance = restored.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceBusinessKey(byStage.get("awaiting-reassessment")).singleResult().getId();
        String reassessment = management.createJobQuery().timers().processInstanceId(instance).singleResult().getId();
        management.executeJob(reassessment);
        assertThat(db.sql("select count(*) from mo.organisation_case where previous_case_number = ?")
                .param(byStage.get("awaiting-reassessment")).query(Long.class).single()).isEqualTo(1);
        String newCase = CasesAtEveryStage.register(restored);
        assertThat(db.sql("select count(*) from mo.organisation_case where case_number = ?").param(newCase)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(newCase).isGreaterThan(byStage.get("awaiting-reassessment"));

        System.out.printf("Backup drill: %s cases, %d files; pg_dump %d KB in %d ms while %d cases were registered,"
                + " pg_restore in %d ms (%s)%n", before.get("mo.organisation_case").split(" ")[0], made.files().size(),
                Files.size(backup) / 1024, dumpMillis, registered.get(), restoreMillis, tools.version());
    }

    /**
     * Each table of the application (schema mo) and the engine (public): its row count and an MD5
     * of all its rows, each as JSON, in order.
     */
    private static Map<String, String> digests(JdbcClient db) {
        Map<String, String> digests = new java.util.TreeMap<>();
        for (String table : db.sql("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_schema in ('mo', 'public') and table_type = 'BASE TABLE'""").query(String.class).list()) {
            digests.put(table, db.sql("select count(*) || ' ' || coalesce(md5(string_agg(r, E'\\n' order by r)), '')"
                    + " from (select to_jsonb(t)::text as r from " + table + " t) rows").query(String.class).single());
        }
        return digests;
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no registration within 60 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ConfigurableApplicationContext start(String name, String database) {
        return Nodes.start(name, database, true, List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
    }

    /** Every open task: id, step, case, assignee, due date, tenant. */
    private static List<String> openTasks(ConfigurableApplicationContext node) {
        return node.getBean(TaskService.class).createTaskQuery().orderByTaskId().asc().list().stream()
                .map(t -> String.join("|", t.getId(), t.getTaskDefinitionKey(), t.getProcessInstanceId(),
                        String.valueOf(t.getAssignee()), String.valueOf(time(t.getDueDate())),
                        String.valueOf(t.getTenantId())))
                .toList();
    }

    /** Every timer: id, its instance, when it is due. */
    private static List<String> timers(ConfigurableApplicationContext node) {
        return node.getBean(ManagementService.class).createJobQuery().timers().orderByJobId().asc().list().stream()
                .map(j -> String.join("|", j.getId(), String.valueOf(j.getProcessInstanceId()),
                        String.valueOf(time(j.getDuedate())), String.valueOf(j.getRetries())))
                .toList();
    }

    private static Long time(Date date) {
        return date == null ? null : date.getTime();
    }
}
