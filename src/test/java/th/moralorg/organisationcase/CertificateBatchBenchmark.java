package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * Issue 17 item 5: a subcommittee's {@code benchmark.certificates} (200) certificates issued and
 * rendered in one request, as the office prints them (`/provinces/{code}/certificates.pdf`): the
 * first request numbers and draws them all, the second draws them again with their numbers. Prints
 * the figures (docs/benchmarks.md); the bound is 10 s. Fiscal year 2606 in Bangkok, no other test's.
 *
 * <pre>mvn test -Dtest=CertificateBatchBenchmark -Dtest.excludedGroups=none</pre>
 */
@Tag("benchmark")
@IntegrationTest
class CertificateBatchBenchmark {

    static final int COUNT = Integer.getInteger("benchmark.certificates", 200);
    static final int YEAR = 2606;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void aSubcommitteesCertificatesInOneRequest() throws Exception {
        List<String> numbers = new CaseStandIn(jdbc, runtime, repository).cases("10", YEAR, "IN_PROGRESS", COUNT,
                CaseStandIn.CASE_PROCESS);
        jdbc.sql("update mo.organisation_case set status = 'PROVINCIALLY_CERTIFIED', certified_level = 1 + length(case_number) % 3"
                + " where case_number = any(?)").param(numbers.toArray(String[]::new)).update();
        HttpClient office = SignIn.as(port, "officer.10", "demo");
        URI batch = URI.create("http://localhost:" + port + "/provinces/10/certificates.pdf?fiscalYear=" + YEAR);
        for (String run : List.of("issued and drawn", "drawn again")) {
            long started = System.nanoTime();
            HttpResponse<byte[]> pdf = office.send(HttpRequest.newBuilder(batch).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - started) / 1e6;
            assertThat(pdf.statusCode()).isEqualTo(200);
            System.out.printf("CERTIFICATE BATCH BENCHMARK: %d certificates %s in one request: %.0f ms, %d KiB%n",
                    COUNT, run, millis, pdf.body().length / 1024);
        }
    }
}
