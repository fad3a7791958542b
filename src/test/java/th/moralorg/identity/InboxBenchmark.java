package th.moralorg.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.support.IntegrationTest;

/**
 * Benchmark, not a test (docs/benchmarks.md): a provincial officer's inbox (candidate group, first
 * page of 15 newest, plus the count) over 20,000 open tasks spread over the 77 provinces, with
 * authorization and tenant checks on as in production. Prints p50 / p95; asserts nothing.
 */
@Tag("benchmark")
@IntegrationTest
class InboxBenchmark {

    static final int TASKS = Integer.getInteger("benchmark.tasks", 20_000);
    static final int RUNS = 200;

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    Provinces provinces;
    @Autowired
    JdbcClient jdbc;

    @Test
    void inboxOfAProvincialOfficer() {
        repository.createDeployment().addClasspathResource("benchmark/inbox-benchmark.bpmn").deploy();
        List<Province> all = provinces.findAll();
        long start = System.nanoTime();
        for (int i = 0; i < TASKS; i++) {
            runtime.startProcessInstanceByKey("inbox-benchmark",
                    Map.of("provinceCode", all.get(i % all.size()).code()));
        }
        System.out.printf("created %d tasks in %.1f s%n", TASKS, (System.nanoTime() - start) / 1e9);
        jdbc.sql("analyze").update();

        identity.setAuthentication("officer.50", List.of("pco-50"), List.of("province-50"));
        try {
            long[] millis = new long[RUNS];
            int seen = 0;
            for (int run = -20; run < RUNS; run++) {
                long t0 = System.nanoTime();
                List<Task> page = tasks.createTaskQuery().taskCandidateGroupIn(List.of("pco-50"))
                        .orderByTaskCreateTime().desc().listPage(0, 15);
                seen = (int) tasks.createTaskQuery().taskCandidateGroupIn(List.of("pco-50")).count();
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - t0) / 1_000_000;
                }
                if (page.size() > 15) {
                    throw new IllegalStateException("a page holds 15");
                }
            }
            Arrays.sort(millis);
            System.out.printf("inbox of officer.50 (page of 15 + count; sees %d of %d tasks): p50 %d ms, p95 %d ms%n",
                    seen, TASKS, millis[RUNS / 2], millis[RUNS * 95 / 100]);
        } finally {
            identity.clearAuthentication();
        }
    }
}
