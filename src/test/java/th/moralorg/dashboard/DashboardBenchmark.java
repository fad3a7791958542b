package th.moralorg.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.Timings;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * Benchmark, not a test (docs/benchmarks.md): the dashboard at national volume. Inserts
 * {@code benchmark.cases} cases straight with SQL as organisationcase.CaseListBenchmark does (one
 * organisation each, positions filled), nine in ten in fiscal year 2611 and the rest in 2610, a
 * tenth of them in Chiang Mai (50), with their decisions (intent review, certification) and
 * reminders and escalations; VACUUM ANALYZE; then times over HTTP the dashboard's JSON as
 * DRA (every province) and as officer.50, the page /dashboard (HTML, session) and one XLSX, and
 * explains the aggregate query. Prints p50 / p95; asserts nothing.
 */
@Tag("benchmark")
@IntegrationTest
class DashboardBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 1_000);
    static final int RUNS = 50;
    static final long BUDGET_NANOS = 30_000_000_000L;
    static final String DEMO = "demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final List<String> table = new ArrayList<>();

    @Test
    void nationalVolume() throws Exception {
        long start = System.nanoTime();
        insert();
        jdbc.sql("vacuum analyze mo.organisation").update();
        jdbc.sql("vacuum analyze mo.organisation_case").update();
        jdbc.sql("vacuum analyze mo.case_decision").update();
        jdbc.sql("vacuum analyze mo.notification").update();
        long all = jdbc.sql("select count(*) from mo.organisation_case").query(Long.class).single();
        System.out.printf("DASHBOARD BENCHMARK: inserted %d cases in %.1f s (%d in all)%n", CASES,
                (System.nanoTime() - start) / 1e9, all);

        Api api = new Api(port);
        for (String who : List.of(DemoAccounts.DRA_OFFICER, DemoAccounts.CHIANG_MAI_OFFICER)) {
            time(who, "GET /api/dashboard?fiscalYear=2611 (JSON)", () -> api.get("/api/dashboard?fiscalYear=2611", who, DEMO).statusCode());
        }
        time(DemoAccounts.DRA_OFFICER, "GET /api/dashboard?fiscalYear=2611&province=50&map=OVERDUE (JSON)",
                () -> api.get("/api/dashboard?fiscalYear=2611&province=50&map=OVERDUE", DemoAccounts.DRA_OFFICER, DEMO)
                        .statusCode());
        Pages dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, DEMO));
        time(DemoAccounts.DRA_OFFICER, "the page /dashboard?fiscalYear=2611 (HTML, session)",
                () -> dra.get("/dashboard?fiscalYear=2611").statusCode());
        time(DemoAccounts.DRA_OFFICER, "GET /api/exports/dashboard-provinces.xlsx",
                () -> api.getBytes("/api/exports/dashboard-provinces.xlsx?fiscalYear=2611", DemoAccounts.DRA_OFFICER, DEMO)
                        .statusCode());
        explain();

        System.out.printf("DASHBOARD BENCHMARK: %d cases%n", CASES);
        System.out.println("| who | what | runs | p50 | p95 |");
        System.out.println("| --- | --- | --- | --- | --- |");
        table.forEach(System.out::println);
    }

    private void insert() {
        jdbc.sql("""
                insert into mo.organisation (name, name_key, org_type, address, province_code, executive_count,
                                             member_count, head_name)
                select 'องค์กรทดสอบภาพรวม ' || g, 'dash-bench-' || g, 'SCHOOL', 'ที่อยู่ทดสอบ',
                       case when g % 10 = 0 then '50' else p.code end, 5, 50, 'หัวหน้าทดสอบ'
                  from generate_series(1, :n) g
                  join (select code, row_number() over (order by code) - 1 as i from mo.province where code <> '50') p
                    on p.i = g % 76""")
                .param("n", CASES).update();
        jdbc.sql("""
                with positions(k, status, stage, waiting_on, due_days) as (values
                    (0, 'REGISTERED', 'reviewIntent', 'OFFICE', 14),
                    (1, 'IN_PROGRESS', 'sharedVision', 'ORGANISATION', 14),
                    (2, 'IN_PROGRESS', 'carryOutPlan', 'ORGANISATION', 60),
                    (3, 'IN_PROGRESS', 'selfAssess', 'ORGANISATION', 14),
                    (4, 'SUBMITTED', 'checkCompleteness', 'OFFICE', 14),
                    (5, 'AWAITING_PROVINCIAL_REVIEW', 'awaitProvincialDecision', 'SUBCOMMITTEE', null),
                    (6, 'PROVINCIALLY_CERTIFIED', 'awaitNationalResult', 'NATIONAL', null),
                    (7, 'NATIONALLY_ENDORSED', 'awaitReassessment', 'TIME', 200),
                    (8, 'REJECTED', 'intentRejected', 'NOBODY', null),
                    (9, 'ACCEPTED', 'recordOrientation', 'OFFICE', 14)),
                cases as (
                    select o.id, o.province_code, case when o.id % 10 = 3 then 2610 else 2611 end as fiscal_year,
                           (o.id * 7) % 10 as k,
                           now() - make_interval(days => (o.id % 120)::int, secs => (o.id % 86400)::int) as since
                      from mo.organisation o where o.name_key like 'dash-bench-%')
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       proposed_level, certified_level, coordinator_name, coordinator_position, coordinator_phone,
                       coordinator_email, stage, waiting_on, stage_since, due_at)
                select 'MO-' || c.fiscal_year || '-' || c.province_code || '-'
                           || lpad((row_number() over (partition by c.fiscal_year, c.province_code order by c.id))::text, 5, '0'),
                       c.id, c.fiscal_year, c.province_code, p.status,
                       case when p.k >= 5 then 1 + c.id % 3 end, case when p.k in (6, 7) then 1 + c.id % 3 end,
                       'ผู้ประสานงาน', 'ครู', '081-234-5678', 'bench' || c.id || '@example.org', p.stage,
                       p.waiting_on, c.since, c.since + make_interval(days => p.due_days)
                  from cases c join positions p on p.k = c.k""").update();
        // what the monthly table and the time to certification read: the intent review of every
        // case but the waiting ones, the province's certification of the certified ones
        jdbc.sql("""
                insert into mo.case_decision (case_number, stage, outcome, decided_by, decided_at)
                select c.case_number, 'INTENT_REVIEW', case when c.status = 'REJECTED' then 'REJECT' else 'ACCEPT' end,
                       'bench', c.created_at + interval '3 days'
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                 where o.name_key like 'dash-bench-%' and c.status <> 'REGISTERED'
                union all
                select c.case_number, 'PROVINCIAL', 'CERTIFIED', 'bench', c.stage_since
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                 where o.name_key like 'dash-bench-%' and c.certified_level is not null""").update();
        // one reminder to two people per case waiting on the organisation, an escalation per overdue office case
        jdbc.sql("""
                insert into mo.notification (idempotency_key, recipient, kind, business_key, subject, body_text,
                                             body_html, status, next_attempt_at, created_at, sent_at)
                select k.kind || ':' || c.case_number || ':task', r.recipient, k.kind, c.case_number, 'ทดสอบ',
                       'ทดสอบ', '<p>ทดสอบ</p>', 'SENT', now(), now(), now()
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                  join (values ('ORGANISATION', 'sla-reminder'), ('OFFICE', 'escalation')) k(waiting_on, kind)
                    on k.waiting_on = c.waiting_on
                  cross join (values ('a@example.org'), ('b@example.org')) r(recipient)
                 where o.name_key like 'dash-bench-%' and (c.waiting_on = 'ORGANISATION' or c.due_at < now())""")
                .update();
    }

    /** The aggregate query as DashboardFigures sends it, for every province, explained. */
    private void explain() {
        String counts = Arrays.stream(Measure.values()).map(m -> "count(*) filter (where " + m.sql() + ")")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        String sql = "explain (analyze, buffers) select c.fiscal_year, c.province_code, c.stage, c.waiting_on, " + counts
                + " from mo.organisation_case c where c.fiscal_year in (2611, 2610)"
                + " group by c.fiscal_year, c.province_code, c.stage, c.waiting_on";
        sql = sql.replace(":now", "now()");
        for (Measure m : Measure.AGEING) {
            sql = sql.replace(":from_" + m.name().toLowerCase(), "now() - interval '1 day'")
                    .replace(":to_" + m.name().toLowerCase(), "now() - interval '2 days'");
        }
        List<String> plan = jdbc.sql(sql).query(String.class).list();
        plan.forEach(line -> System.out.println("DASHBOARD BENCHMARK:   " + line));
        String execution = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
        table.add("| raw SQL | the aggregate query, every province | EXPLAIN ANALYZE | " + execution + " | |");
    }

    /** {@code call} answers its HTTP status. */
    private void time(String who, String what, Supplier<Integer> call) throws Exception {
        String row = Timings.of(3, 5, RUNS, BUDGET_NANOS, () -> {
            int status = call.get();
            if (status != 200) {
                throw new IllegalStateException(what + " by " + who + ": " + status);
            }
        }).record("dashboard", CASES, who + ": " + what, 200).row(who, what);
        System.out.println("DASHBOARD BENCHMARK: " + row);
        table.add(row);
    }
}
