package th.moralorg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import th.moralorg.organisationcase.CasesAtEveryStage;
import th.moralorg.support.EmbeddedPostgresServer;
import th.moralorg.support.Nodes;
import th.moralorg.support.PostgresTools;
import th.moralorg.support.SignIn;

/**
 * An upgrade from the previous release (docs/operations.md, "Upgrading"): its database, made by
 * its code, Flyway scripts and models with cases at every stage ({@link UpgradeFixtureWriter}),
 * restored from {@value #FIXTURE}, then this release started on it. Flyway brings the schema up to
 * date, every case, task, timer and file is still there, and the cases carry on, on the models
 * they started on.
 */
class UpgradeTests {

    /** The previous release: commit 36cb0c2 (2 Dec 2026), Flyway up to V52. */
    static final String FIXTURE = "/upgrade/moralorg-36cb0c2.dump";
    static final int FIXTURE_SCHEMA = 52;

    private GreenMail mail;
    private ConfigurableApplicationContext node;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void thePreviousReleasesDatabaseMigratesAndItsCasesCarryOn() throws Exception {
        PostgresTools tools = PostgresTools.required();
        String database = EmbeddedPostgresServer.newTestDatabase();
        tools.restore(Path.of(getClass().getResource(FIXTURE).toURI()), database);
        State before;
        try (Connection c = EmbeddedPostgresServer.connect(database)) {
            before = State.of(JdbcClient.create(new SingleConnectionDataSource(c, true)));
        }
        assertThat(before.schema()).as("the fixture's Flyway version").isEqualTo(FIXTURE_SCHEMA);
        assertThat(before.cases()).hasSizeGreaterThanOrEqualTo(11);

        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        node = Nodes.start("upgraded", database, true, List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
        JdbcClient db = node.getBean(JdbcClient.class);

        // Flyway applied every newer script, each successfully; the data came through unchanged
        assertThat(db.sql("select version from mo.flyway_schema_history where success and version is not null"
                + " order by installed_rank").query(String.class).list().stream().map(Integer::valueOf).toList())
                .isEqualTo(migrations());
        State after = State.of(db);
        assertThat(after.cases()).containsExactlyElementsOf(before.cases());
        assertThat(after.tasks()).containsExactlyElementsOf(before.tasks());
        assertThat(after.timers()).containsExactlyElementsOf(before.timers());
        assertThat(after.files()).containsExactlyElementsOf(before.files());
        assertThat(after.submissions()).isEqualTo(before.submissions());

        // a submitted case goes on, on the model version it started on, though this release deployed newer models
        String submitted = caseAt(db, "SUBMITTED");
        RuntimeService runtime = node.getBean(RuntimeService.class);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(submitted)
                .singleResult();
        assertThat(instance.getProcessDefinitionId()).isEqualTo(before.definitionOf().get(submitted));
        int version = definitionVersion(instance.getProcessDefinitionId());
        int latest = node.getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey("organisation-case").latestVersion().singleResult().getVersion();
        // the fixture's release had other forms in organisation-case's deployment, so this one deployed v2
        assertThat(version).isLessThan(latest);
        assertThat(CasesAtEveryStage.checkCompleteness(node, submitted)).isEqualTo("AWAITING_PROVINCIAL_REVIEW");

        // the invitation to reassess, a timer set by the old release, fires: next year's case opens
        String recorded = db.sql("""
                select c.case_number from mo.organisation_case c join act_ru_execution e on e.business_key_ = c.case_number
                join act_ru_job j on j.process_instance_id_ = e.proc_inst_id_ and j.type_ = 'timer'
                where c.status = 'NATIONALLY_ENDORSED' and e.parent_id_ is null""").query(String.class).list().get(0);
        ManagementService management = node.getBean(ManagementService.class);
        String instanceOfRecorded = runtime.createProcessInstanceQuery().processInstanceBusinessKey(recorded)
                .singleResult().getId();
        management.executeJob(management.createJobQuery().timers().processInstanceId(instanceOfRecorded)
                .singleResult().getId());
        assertThat(db.sql("select count(*) from mo.organisation_case where previous_case_number = ?").param(recorded)
                .query(Long.class).single()).isEqualTo(1);

        // what came in with the newer scripts works on the old cases: the certificate's number (V53)
        String certified = caseAt(db, "PROVINCIALLY_CERTIFIED");
        HttpClient officer = SignIn.as(Nodes.port(node), "officer.50", "demo");
        HttpResponse<byte[]> certificate = officer.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + Nodes.port(node) + "/cases/" + certified + "/certificate.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(new String(certificate.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(db.sql("select count(*) from mo.issued_document where subject = ?").param(certified)
                .query(Long.class).single()).isEqualTo(1);

        // and a new registration starts on the newest model, numbered after the old cases
        String next = CasesAtEveryStage.register(node);
        assertThat(definitionVersion(runtime.createProcessInstanceQuery().processInstanceBusinessKey(next)
                .singleResult().getProcessDefinitionId())).isEqualTo(latest);
        System.out.printf("Upgrade: V%d -> V%d, %d cases; the submitted case carried on at organisation-case v%d"
                + " (latest v%d)%n", FIXTURE_SCHEMA, migrations().get(migrations().size() - 1), before.cases().size(),
                version, latest);
    }

    private int definitionVersion(String definitionId) {
        return node.getBean(RepositoryService.class).getProcessDefinition(definitionId).getVersion();
    }

    /** A Chiang Mai case (officer.50's) at the status. */
    private static String caseAt(JdbcClient db, String status) {
        return db.sql("select min(case_number) from mo.organisation_case where status = ? and province_code = '50'")
                .param(status).query(String.class).single();
    }

    /** This release's Flyway versions, in order. */
    private static List<Integer> migrations() throws Exception {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        return Arrays.stream(scripts).map(r -> {
            Matcher m = version.matcher(r.getFilename());
            if (!m.matches()) {
                throw new IllegalStateException(r.getFilename());
            }
            return Integer.valueOf(m.group(1));
        }).sorted().toList();
    }

    /** What an upgrade must keep: cases, open tasks, timers, files, submissions; each instance's model. */
    record State(int schema, List<String> cases, List<String> tasks, List<String> timers, List<String> files,
            long submissions, Map<String, String> definitionOf) {

        static State of(JdbcClient db) {
            return new State(
                    db.sql("select max(version::int) from mo.flyway_schema_history").query(Integer.class).single(),
                    db.sql("select concat_ws('|', case_number, status, fiscal_year, coordinator_email, proposed_level,"
                            + " certified_level) from mo.organisation_case order by case_number")
                            .query(String.class).list(),
                    db.sql("select concat_ws('|', id_, task_def_key_, proc_inst_id_, assignee_, due_date_, tenant_id_)"
                            + " from act_ru_task order by id_").query(String.class).list(),
                    db.sql("select concat_ws('|', id_, process_instance_id_, duedate_, retries_) from act_ru_job"
                            + " where type_ = 'timer' order by id_").query(String.class).list(),
                    db.sql("select concat_ws('|', id, case_number, file_name, sha256, encode(sha256(content), 'hex'))"
                            + " from mo.attachment order by id").query(String.class).list(),
                    db.sql("select count(*) from mo.form_submission").query(Long.class).single(),
                    db.sql("select business_key_, proc_def_id_ from act_ru_execution where parent_id_ is null"
                            + " and business_key_ like 'MO-%'").query((rs, i) -> Map.entry(rs.getString(1),
                            rs.getString(2))).list().stream().collect(java.util.stream.Collectors.toMap(
                            Map.Entry::getKey, Map.Entry::getValue)));
        }
    }
}
