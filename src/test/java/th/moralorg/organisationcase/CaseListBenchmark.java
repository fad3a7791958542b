package th.moralorg.organisationcase;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Benchmark, not a test (docs/benchmarks.md): the case list at national volume. Inserts
 * {@code benchmark.cases} cases straight with SQL (one organisation each, positions filled, fiscal
 * years 2601–2605, no other data's), a tenth of them in one busy province (Chiang Mai, 50) and the
 * rest over the other 76; VACUUM ANALYZE; then times over HTTP, as officer.50 (the busy province) and as
 * DRA (every province): the first page with its counts per status, a name search (one
 * organisation; a common word), and a filtered list (waiting on the organisation, overdue); and
 * the page /cases itself. The bound: EXPLAIN ANALYZE of the same SQL. Prints p50 / p95; asserts
 * nothing.
 */
@Tag("benchmark")
@IntegrationTest
class CaseListBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 1_000);
    static final String BUSY = "50";
    static final int RUNS = 100;
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
        // what autovacuum gives a table in steady state (statistics and the visibility map, which
        // index-only scans read); VACUUM cannot run in a transaction, JdbcClient's statement has none
        jdbc.sql("vacuum analyze mo.organisation").update();
        jdbc.sql("vacuum analyze mo.organisation_case").update();
        long busy = jdbc.sql("select count(*) from mo.organisation_case where province_code = ? and fiscal_year > 2600")
                .param(BUSY).query(Long.class).single();
        System.out.printf("CASE LIST BENCHMARK: inserted %d cases (%d in province %s) in %.1f s%n", CASES, busy, BUSY,
                (System.nanoTime() - start) / 1e9);

        Api api = new Api(port);
        String oneName = URLEncoder.encode(oneName(), StandardCharsets.UTF_8);
        String common = URLEncoder.encode("ศรีสะอาด", StandardCharsets.UTF_8);
        for (String who : List.of(DemoAccounts.CHIANG_MAI_OFFICER, DemoAccounts.DRA_OFFICER)) {
            time(who, "first page (25, newest) + counts per status", () -> api.get("/api/cases", who, DEMO));
            time(who, "name search: one organisation", () -> api.get("/api/cases?name=" + oneName, who, DEMO));
            time(who, "name search: a common word (1 in 10)", () -> api.get("/api/cases?name=" + common, who, DEMO));
            time(who, "waiting on the organisation, overdue, waiting longest",
                    () -> api.get("/api/cases?waitingOn=ORGANISATION&overdue=true&sort=waitingLongest", who, DEMO));
            time(who, "one fiscal year, one status, by organisation name",
                    () -> api.get("/api/cases?fiscalYear=2603&status=IN_PROGRESS&sort=organisation", who, DEMO));
        }
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
        time(DemoAccounts.CHIANG_MAI_OFFICER, "the page /cases (HTML, session)", () -> officer.get("/cases"));
        Pages dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, DEMO));
        time(DemoAccounts.DRA_OFFICER, "the page /cases (HTML, session)", () -> dra.get("/cases"));
        rawSql();

        System.out.printf("CASE LIST BENCHMARK: %d cases, %d in province %s%n", CASES, busy, BUSY);
        System.out.println("| who | what | runs | p50 | p95 |");
        System.out.println("| --- | --- | --- | --- | --- |");
        table.forEach(System.out::println);
    }

    /**
     * One organisation per case, named "<type><place> <n>" (ten places, eight types), spread over
     * five fiscal years, with a position that fits the status.
     */
    private void insert() {
        jdbc.sql("""
                insert into mo.organisation (name, name_key, org_type, address, province_code, executive_count,
                                             member_count, head_name)
                select (array['โรงเรียน','เทศบาลตำบล','วัด','โรงพยาบาล','บริษัท','มูลนิธิ','สำนักงาน','องค์การบริหารส่วนตำบล'])[1 + g % 8]
                       || (array['บ้านดอน','สุขใจ','ร่มเย็น','ศรีสะอาด','นาคำ','ทองคำ','แสงธรรม','พัฒนา','หนองบัว','ป่าตอง'])[1 + (g / 8) % 10]
                       || ' ' || g,
                       'bench-' || g, 'SCHOOL', 'ที่อยู่ทดสอบ', p.code, 5, 50, 'หัวหน้าทดสอบ'
                  from generate_series(1, :n) g
                  join (select code, row_number() over (order by code) - 1 as i from mo.province where code <> :busy) p
                    on p.i = case when g % 10 = 0 then -1 else g % 76 end
                 union all
                select (array['โรงเรียน','เทศบาลตำบล','วัด','โรงพยาบาล','บริษัท','มูลนิธิ','สำนักงาน','องค์การบริหารส่วนตำบล'])[1 + g % 8]
                       || (array['บ้านดอน','สุขใจ','ร่มเย็น','ศรีสะอาด','นาคำ','ทองคำ','แสงธรรม','พัฒนา','หนองบัว','ป่าตอง'])[1 + (g / 8) % 10]
                       || ' ' || g,
                       'bench-' || g, 'SCHOOL', 'ที่อยู่ทดสอบ', :busy, 5, 50, 'หัวหน้าทดสอบ'
                  from generate_series(1, :n) g where g % 10 = 0""")
                .param("n", CASES).param("busy", BUSY).update();
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
                    select o.id, o.province_code, 2601 + (o.id % 5) as fiscal_year, (o.id * 7) % 10 as k,
                           now() - make_interval(days => (o.id % 120)::int, secs => (o.id % 86400)::int) as since,
                           now() - make_interval(days => (o.id % 365)::int, secs => (o.id % 86400)::int) as created
                      from mo.organisation o where o.name_key like 'bench-%')
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       proposed_level, certified_level, coordinator_name, coordinator_position, coordinator_phone,
                       coordinator_email, created_at, stage, waiting_on, stage_since, due_at)
                select 'MO-' || c.fiscal_year || '-' || c.province_code || '-'
                           || lpad((row_number() over (partition by c.fiscal_year, c.province_code order by c.id))::text, 4, '0'),
                       c.id, c.fiscal_year, c.province_code, p.status,
                       case when p.k >= 5 then 1 + c.id % 3 end, case when p.k in (6, 7) then 1 + c.id % 3 end,
                       'ผู้ประสานงาน', 'ครู', '081-234-5678', 'bench' || c.id || '@example.org', c.created, p.stage,
                       p.waiting_on, c.since, c.since + make_interval(days => p.due_days)
                  from cases c join positions p on p.k = c.k""").update();
    }

    static final String[] PLACES = {"บ้านดอน", "สุขใจ", "ร่มเย็น", "ศรีสะอาด", "นาคำ", "ทองคำ", "แสงธรรม", "พัฒนา",
        "หนองบัว", "ป่าตอง"};

    /** The place and number of one organisation of {@link #insert}, as a person types a part of its name. */
    static String oneName() {
        int g = CASES / 2 + 7;
        return PLACES[(g / 8) % 10] + " " + g;
    }

    /** The bound: the SQL CaseList sends, run and explained straight through JDBC. */
    private void rawSql() {
        String from = " from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id"
                + " join mo.province p on p.code = c.province_code";
        String columns = "select c.case_number, o.name as organisation_name, c.province_code, p.name_th as province_name,"
                + " c.fiscal_year, c.status, c.proposed_level, c.certified_level, c.stage, c.waiting_on, c.stage_since,"
                + " c.due_at";
        String[][] queries = {
            {"officer.50 first page", columns + from + " where true and c.province_code in ('50')"
                    + " order by c.created_at desc, c.case_number desc limit 25 offset 0"},
            {"officer.50 counts", "select c.status, count(*) as n from mo.organisation_case c where true"
                    + " and c.province_code in ('50') group by c.status"},
            {"DRA first page", columns + from + " where true order by c.created_at desc, c.case_number desc limit 25 offset 0"},
            {"DRA counts", "select c.status, count(*) as n from mo.organisation_case c where true group by c.status"},
            {"DRA name search (one)", columns + from + " where true and o.name ilike '%" + oneName()
                    + "%' order by c.created_at desc, c.case_number desc limit 25 offset 0"},
            {"DRA name search (common) counts", "select c.status, count(*) as n" + from
                    + " where true and o.name ilike '%ศรีสะอาด%' group by c.status"},
            {"DRA waiting on organisation, overdue", columns + from + " where true and c.waiting_on = 'ORGANISATION'"
                    + " and c.due_at < now() order by c.stage_since nulls last, c.case_number limit 25 offset 0"},
            {"DRA waiting on organisation, overdue counts", "select c.status, count(*) as n from mo.organisation_case c"
                    + " where true and c.waiting_on = 'ORGANISATION' and c.due_at < now() group by c.status"}};
        for (String[] q : queries) {
            List<String> plan = jdbc.sql("explain (analyze, buffers) " + q[1]).query(String.class).list();
            String execution = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
            String planning = plan.stream().filter(l -> l.startsWith("Planning Time")).findFirst().orElse("?");
            String row = String.format("| raw SQL | %s | EXPLAIN ANALYZE | %s | %s |", q[0], planning, execution);
            System.out.println("CASE LIST BENCHMARK: " + row);
            plan.forEach(line -> System.out.println("CASE LIST BENCHMARK:   " + line));
            table.add(row);
        }
    }

    private void time(String who, String what, Supplier<HttpResponse<String>> call) throws Exception {
        String row = Timings.of(3, 5, RUNS, BUDGET_NANOS, () -> {
            HttpResponse<String> answer = call.get();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(what + " by " + who + ": " + answer.statusCode() + " " + answer.body());
            }
        }).record("case list", CASES, who + ": " + what, 200).row(who, what);
        System.out.println("CASE LIST BENCHMARK: " + row);
        table.add(row);
    }
}
