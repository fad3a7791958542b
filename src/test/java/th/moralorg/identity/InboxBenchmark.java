package th.moralorg.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.support.Timings;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.support.IntegrationTest;

/**
 * Benchmark, not a test (docs/benchmarks.md): one busy province. {@code benchmark.tasks} open
 * tasks in Chiang Mai (candidate group {@code pco-50}), the rest of {@code benchmark.national}
 * spread over the other provinces, created with authorization and tenant checks on as in
 * production (so the engine's authorization provider runs for every candidate group). Then times,
 * as Tasklist asks them through the filters of {@link TasklistFilters}: officer.50's inbox (page
 * of 15 + count), the filter list with counts, DRA's and a manager's views over every province.
 * Prints p50 / p95; asserts nothing.
 */
@Tag("benchmark")
@IntegrationTest
class InboxBenchmark {

    static final int PROVINCE_TASKS = Integer.getInteger("benchmark.tasks", 1_000);
    static final int NATIONAL_TASKS = Integer.getInteger("benchmark.national", PROVINCE_TASKS * 10);
    static final String BUSY = "50";
    static final int BATCH = 500;
    /** At most this many timed runs of one figure, and at least 3; a slow figure stops after about a minute. */
    static final int RUNS = 200;
    static final long BUDGET_NANOS = 60_000_000_000L;

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    Provinces provinces;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final List<String> table = new ArrayList<>();

    @Test
    void oneBusyProvince() {
        repository.createDeployment().addClasspathResource("benchmark/inbox-benchmark.bpmn").deploy();
        List<String> others = provinces.findAll().stream().map(Province::code).filter(c -> !c.equals(BUSY)).toList();
        long start = System.nanoTime();
        for (int done = 0; done < NATIONAL_TASKS; done += BATCH) {
            int from = done;
            // a batch per transaction: only the count matters, but each task gets its candidate
            // group through the engine, as the real processes do
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(from + BATCH, NATIONAL_TASKS); i++) {
                    String province = i < PROVINCE_TASKS ? BUSY : others.get(i % others.size());
                    runtime.startProcessInstanceByKey("inbox-benchmark", Map.of("provinceCode", province));
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.sql("analyze").update();
        long taskGrants = jdbc.sql("select count(*) from act_ru_authorization where resource_type_ = ? and resource_id_ <> '*'")
                .param(Resources.TASK.resourceType()).query(Long.class).single();
        System.out.printf("INBOX BENCHMARK: created %d tasks (%d in province %s) in %.1f s; per-task grants: %d%n",
                NATIONAL_TASKS, PROVINCE_TASKS, BUSY, seconds, taskGrants);

        as(DemoAccounts.CHIANG_MAI_OFFICER, List.of(ProvinceTenants.officerGroupOf(BUSY)), () -> {
            filterPageAndCount("officer.50", TasklistFilters.MY_GROUPS);
            filterList("officer.50");
        });
        rawInboxSql();
        as(DemoAccounts.DRA_OFFICER, List.of(Roles.DRA), () -> {
            filterPageAndCount("dra.officer", TasklistFilters.WAITING_FOR_ORGANISATIONS);
            time("dra.officer", "every province's open tasks, newest first (ad hoc)",
                    () -> tasks.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15).size(),
                    () -> tasks.createTaskQuery().count());
            filterList("dra.officer");
        });
        as(DemoAccounts.MANAGER, List.of(Roles.MANAGERS), () -> {
            time("manager", "every province's open tasks, newest first (ad hoc; the filter is retired)",
                    () -> tasks.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15).size(),
                    () -> tasks.createTaskQuery().count());
            filterPageAndCount("manager", TasklistFilters.ALL_OVERDUE);
            filterList("manager");
        });
        System.out.printf("INBOX BENCHMARK: %d open tasks, %d in province %s%n", NATIONAL_TASKS, PROVINCE_TASKS, BUSY);
        System.out.println("| who | what | sees | runs | p50 | p95 |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        table.forEach(System.out::println);
    }

    /**
     * The bound: the SQL the engine sends for officer.50's inbox (as logged by its mapper,
     * selectTaskByQueryCriteria and selectTaskCountByQueryCriteria), run straight through JDBC, and
     * its plan once.
     */
    private void rawInboxSql() {
        String from = " from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_"
                + " left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A"
                + " WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) ) AND ( ( A.RESOURCE_TYPE_ = ?"
                + " AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) AUTH"
                + " ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' )) WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null"
                + " and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL)"
                + " OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) )";
        String page = "select distinct RES.ID_, RES.DUE_DATE_" + from + " order by RES.DUE_DATE_ asc LIMIT 15 OFFSET 0";
        String count = "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_" + from + ") countDistinct";
        String group = ProvinceTenants.officerGroupOf(BUSY);
        Object[] params = {DemoAccounts.CHIANG_MAI_OFFICER, group, Resources.TASK.resourceType(), 2, 2,
                Resources.PROCESS_DEFINITION.resourceType(), 64, 64, group, ProvinceTenants.tenantOf(BUSY)};
        time("officer.50", "raw SQL of the inbox (page of 15 + count), the bound",
                () -> jdbc.sql(page).params(params).query().listOfRows().size(),
                () -> jdbc.sql(count).params(params).query(Long.class).single());
        System.out.println("INBOX BENCHMARK: plan of the count:");
        jdbc.sql("explain (analyze, buffers) " + count).params(params).query(String.class).list()
                .forEach(line -> System.out.println("INBOX BENCHMARK:   " + line));
    }

    private void as(String user, List<String> groups, Runnable measure) {
        List<String> tenants = new ArrayList<>();
        groups.forEach(g -> identity.createTenantQuery().groupMember(g).list().forEach(t -> tenants.add(t.getId())));
        identity.setAuthentication(user, groups, tenants.stream().distinct().toList());
        try {
            measure.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The filter's first page of 15 in its own order plus its count, as Tasklist lists it. */
    private void filterPageAndCount(String who, String filterName) {
        String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        time(who, filterName + " (page of 15 + count)", () -> filters.listPage(id, 0, 15).size(), () -> filters.count(id));
    }

    /** What Tasklist shows first: every filter the user may read, each with its count. */
    private void filterList(String who) {
        time(who, "filter list with counts", () -> 0, () -> {
            long sum = 0;
            for (Filter f : filters.createFilterQuery().listPage(0, 100)) {
                sum += filters.count(f.getId());
            }
            return sum;
        });
    }

    private void time(String who, String what, Supplier<Integer> page, Supplier<Long> count) {
        long[] seen = {0};
        Timings timings;
        try {
            timings = Timings.of(1, 3, RUNS, BUDGET_NANOS, () -> {
                if (page.get() > 15) {
                    throw new IllegalStateException("a page holds 15");
                }
                seen[0] = count.get();
            });
        } catch (Exception e) {
            throw new IllegalStateException(what + " by " + who, e);
        }
        // Tasklist's filter list may take longer than an inbox (issue 14 item 1)
        String row = timings.record("inbox", NATIONAL_TASKS, who + ": " + what, what.startsWith("filter list") ? 300 : 100)
                .row(who, what, Long.toString(seen[0]));
        System.out.println("INBOX BENCHMARK: " + row);
        table.add(row);
    }
}
