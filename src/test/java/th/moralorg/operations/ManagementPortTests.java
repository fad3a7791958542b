package th.moralorg.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/** Health and metrics on the management port, and nowhere else (docs/operations.md, "Health and metrics"). */
@IntegrationTest
class ManagementPortTests {

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReadinessAtStartUp startUp;

    @Autowired
    JdbcClient jdbc;

    @Test
    void livenessAndReadinessAreUpOnceStarted() {
        Api management = new Api(managementPort);
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = management.get(probe, null, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
        }
        // a silent SMTP relay or a stuck outbox must not take the node out of the load balancer
        assertThat(management.get("/actuator/health/readiness", null, null).body())
                .contains("\"db\":{\"status\":\"UP\"}").doesNotContain("mail", "outbox");
    }

    @Test
    void healthShowsEachComponentsStatusButNoDetails() {
        HttpResponse<String> health = new Api(managementPort).get("/actuator/health", null, null);
        // the outbox may hold FAILED mail of other tests (a 503 overall then): both answers carry the components
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}", "\"mail\":{\"status\":\"UP\"}",
                "\"readinessState\":{\"status\":\"UP\"}", "\"processEngine\":{\"status\":\"UP\"}",
                "\"jobExecutor\":{\"status\":\"UP\"}", "\"outbox\":{\"status\":")
                .doesNotContain("details", "pending", "postgres", "jdbc", "smtp", "127.0.0.1");
    }

    @Test
    void infoNamesTheBuild() {
        HttpResponse<String> info = new Api(managementPort).get("/actuator/info", null, null);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"artifact\":\"moral-organisation\"", "\"version\":\"0.1.0-SNAPSHOT\"");
    }

    @Test
    void nothingElseIsExposed() {
        Api management = new Api(managementPort);
        for (String path : new String[] {"/actuator/env", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/beans", "/actuator/mappings", "/actuator/loggers", "/actuator/metrics",
            "/actuator/shutdown", "/login", "/api/cases"}) {
            assertThat(management.get(path, null, null).statusCode()).as(path).isIn(403, 404);
        }
    }

    @Test
    void theApplicationsPortServesNoActuator() throws Exception {
        Api anonymous = new Api(port);
        HttpClient admin = SignIn.as(port, DemoAccounts.ADMIN, "demo");
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
            "/actuator/prometheus", "/actuator/info", "/actuator/env"}) {
            HttpResponse<String> stranger = anonymous.get(path, null, null);
            assertThat(stranger.statusCode()).as(path).isEqualTo(302);
            assertThat(stranger.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            HttpResponse<String> signedIn = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(path).isEqualTo(404);
            assertThat(signedIn.body()).as(path).doesNotContain("\"status\":\"UP\"", "jvm_");
        }
    }

    @Test
    void prometheusShowsTheJobExecutorTheOutboxTheWorkPerProvinceAndHttp() {
        // the work in Chiang Mai as the gauge must show it: the demo cases, waiting on people
        long waitingInChiangMai = jdbc.sql("""
                select count(*) from mo.organisation_case where province_code = '50'
                   and waiting_on in ('ORGANISATION', 'OFFICE', 'SUBCOMMITTEE', 'NATIONAL')""").query(Long.class).single();
        assertThat(waitingInChiangMai).isPositive();
        new Api(port).get("/login", null, null);

        HttpResponse<String> scrape = new Api(managementPort).get("/actuator/prometheus", null, null);

        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics).contains("camunda_jobs_acquired_total", "camunda_jobs_executed_total",
                "camunda_jobs_failed_total", "camunda_incidents_open", "moralorg_outbox_sent_total",
                "moralorg_outbox_failed_total", "moralorg_outbox_backlog", "moralorg_outbox_failed_waiting",
                "moralorg_outbox_oldest_pending_seconds", "moralorg_sla_notices_total", "stage=\"reminder\"",
                "stage=\"escalation\"", "moralorg_cases_overdue", "moralorg_build_info",
                "http_server_requests_seconds_bucket", "uri=\"/login\"", "hikaricp_connections_active");
        assertThat(value(metrics, "moralorg_cases_waiting", "province=\"50\"")).isEqualTo(waitingInChiangMai);
        assertThat(value(metrics, "moralorg_cases_waiting", "province=\"96\"")).isZero();
        // no people in the figures: no addresses, user ids or case numbers
        assertThat(metrics).doesNotContain("@", "officer.", "MO-25", DemoAccounts.ADMIN + "\"");
    }

    @Test
    void readinessWaitsForTheStartUpRunnersAndTheSignInPageSaysTheSystemIsStarting() {
        // during the runners (models, access, demo data) the application refused traffic; Boot
        // accepts it only after the last one
        assertThat(startUp.seen()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(startUp.demoUsersThere()).isTrue();

        Api management = new Api(managementPort);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = management.get("/actuator/health/readiness", null, null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(management.get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
            HttpResponse<String> signIn = new Api(port).get("/login", null, null);
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(signIn.body()).contains("ระบบกำลังเริ่มทำงาน").doesNotContain("name=\"password\"");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(management.get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        assertThat(new Api(port).get("/login", null, null).statusCode()).isEqualTo(200);
    }

    /** The value of the series {@code name} whose labels hold {@code label}. */
    private static long value(String metrics, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(name + " " + label).isTrue();
        return (long) Double.parseDouble(line.group(1));
    }
}
