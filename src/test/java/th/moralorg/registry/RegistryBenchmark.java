package th.moralorg.registry;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.Timings;
import th.moralorg.reference.Provinces;
import th.moralorg.support.IntegrationTest;

/**
 * Benchmark, not a test (docs/benchmarks.md): the public registry under a crawl. Inserts
 * {@code benchmark.cases} cases straight with SQL (one organisation each, fiscal years 2611–2615,
 * every province, four in ten certified in every year); VACUUM ANALYZE; then times {@link Registry#read} (the
 * database, no cache) for the first page, a deep page (80 % through, keyset), a name search and a
 * filtered list (one year, one province, level 3), and the same over HTTP as a crawler sees them
 * (/api/registry with the cache of one minute; each request from another address, past the rate
 * limit). Prints p50 / p95 and EXPLAIN ANALYZE of the deep page; asserts nothing.
 */
@Tag("benchmark")
@IntegrationTest
class RegistryBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 1_000);
    static final int RUNS = 100;
    static final long BUDGET_NANOS = 20_000_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registry registry;
    @Autowired
    Provinces provinces;

    private final List<String> table = new ArrayList<>();
    private final AtomicInteger address = new AtomicInteger();

    @Test
    void crawl() throws Exception {
        long start = System.nanoTime();
        insert();
        jdbc.sql("vacuum analyze mo.organisation").update();
        jdbc.sql("vacuum analyze mo.organisation_case").update();
        long certified = jdbc.sql("select count(*) from mo.organisation_case c where c.fiscal_year between 2611 and 2615 and "
                + Registry.CERTIFIED).query(Long.class).single();
        System.out.printf("REGISTRY BENCHMARK: inserted %d cases (%d certified) in %.1f s%n", CASES, certified,
                (System.nanoTime() - start) / 1e9);
        String deep = jdbc.sql("select (-c.fiscal_year)::text || '|' || c.province_code || '|' || c.organisation_id"
                + " from mo.organisation_case c where " + Registry.CERTIFIED
                + " order by (-c.fiscal_year), c.province_code, c.organisation_id offset ? limit 1")
                .param(certified * 8 / 10).query(String.class).single();
        String[] k = deep.split("\\|");
        String after = new RegistrySearch.Key(-Integer.parseInt(k[0]), k[1], Long.parseLong(k[2])).text();

        Map<String, String> searches = Map.of(
                "first page", "",
                "deep page (80 %, keyset)", "after=" + after,
                "name search (one organisation)", "name=" + URLEncoder.encode(oneName(), StandardCharsets.UTF_8),
                "filtered: year 2613, province 50, level 3", "fiscalYear=2613&province=50&level=3");
        for (String what : List.of("first page", "deep page (80 %, keyset)", "name search (one organisation)",
                "filtered: year 2613, province 50, level 3")) {
            RegistrySearch search = RegistrySearch.read(params(searches.get(what)), provinces);
            time("database (Registry.read, no cache)", what, () -> registry.read(search));
        }
        // the same first page's SQL straight through JDBC, rows read and dropped: what the mapping adds
        String firstPage = "select c.organisation_id, o.name, o.org_type, c.province_code, p.name_th, c.fiscal_year,"
                + " c.certified_level from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id"
                + " join mo.province p on p.code = c.province_code where " + Registry.CERTIFIED
                + " order by (-c.fiscal_year), c.province_code, c.organisation_id limit 51";
        time("database (raw JDBC, no mapping)", "first page", () -> {
            jdbc.sql(firstPage).query(rs -> { });
            return null;
        });
        HttpClient http = HttpClient.newHttpClient();
        for (String what : List.of("first page", "deep page (80 %, keyset)", "name search (one organisation)",
                "filtered: year 2613, province 50, level 3")) {
            String path = "/api/registry" + (searches.get(what).isEmpty() ? "" : "?" + searches.get(what));
            time("HTTP GET /api/registry (cache on)", what, () -> {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Forwarded-For", "198.18." + (address.get() / 250) + "." + (1 + address.getAndIncrement() % 250))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
                }
                return answer;
            });
        }
        String select = "explain (analyze, buffers) select c.organisation_id, o.name, c.fiscal_year"
                + " from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id"
                + " join mo.province p on p.code = c.province_code where " + Registry.CERTIFIED;
        String order = " order by (-c.fiscal_year), c.province_code, c.organisation_id limit 51";
        explain("first page", select + order);
        explain("deep page", select + " and ((-c.fiscal_year), c.province_code, c.organisation_id) > (" + k[0] + ", '"
                + k[1] + "', " + k[2] + ")" + order);

        System.out.printf("REGISTRY BENCHMARK: %d cases, %d certified%n", CASES, certified);
        System.out.println("| how | what | runs | p50 | p95 |");
        System.out.println("| --- | --- | --- | --- | --- |");
        table.forEach(System.out::println);
    }

    /** One organisation per case, named as the case list's benchmark names them; four statuses in ten certified. */
    private void insert() {
        jdbc.sql("""
                insert into mo.organisation (name, name_key, org_type, address, province_code, executive_count,
                                             member_count, head_name)
                select (array['โรงเรียน','เทศบาลตำบล','วัด','โรงพยาบาล','บริษัท','มูลนิธิ','สำนักงาน','องค์การบริหารส่วนตำบล'])[1 + g % 8]
                       || (array['บ้านดอน','สุขใจ','ร่มเย็น','ศรีสะอาด','นาคำ','ทองคำ','แสงธรรม','พัฒนา','หนองบัว','ป่าตอง'])[1 + (g / 8) % 10]
                       || ' ทะเบียน ' || g,
                       'registry-bench-' || g,
                       (array['SCHOOL','LOCAL_GOVERNMENT','RELIGIOUS','GOVERNMENT','PRIVATE','COMMUNITY','GOVERNMENT','LOCAL_GOVERNMENT'])[1 + g % 8],
                       'ที่อยู่ทดสอบ', p.code, 5, 50, 'หัวหน้าทดสอบ'
                  from generate_series(1, :n) g
                  join (select code, row_number() over (order by code) - 1 as i from mo.province) p on p.i = g % 77""")
                .param("n", CASES).update();
        jdbc.sql("""
                with statuses(k, status) as (values
                    (0, 'PROVINCIALLY_CERTIFIED'), (1, 'NATIONALLY_ENDORSED'), (2, 'NATIONALLY_NOT_ENDORSED'),
                    (3, 'NATIONALLY_ENDORSED'), (4, 'IN_PROGRESS'), (5, 'NOT_CERTIFIED'), (6, 'WITHDRAWN'),
                    (7, 'AWAITING_PROVINCIAL_REVIEW'), (8, 'REGISTERED'), (9, 'SUBMITTED')),
                cases as (
                    select o.id, o.province_code, 2611 + (o.id % 5) as fiscal_year, ((o.id / 5) * 7) % 10 as k
                      from mo.organisation o where o.name_key like 'registry-bench-%')
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       certified_level, coordinator_name, coordinator_position, coordinator_phone, coordinator_email)
                select 'MO-' || c.fiscal_year || '-' || c.province_code || '-'
                           || lpad((row_number() over (partition by c.fiscal_year, c.province_code order by c.id))::text, 4, '0'),
                       c.id, c.fiscal_year, c.province_code, s.status, case when s.k <= 3 then 1 + c.id % 3 end,
                       'ผู้ประสานงาน', 'ครู', '081-234-5678', 'registry-bench' || c.id || '@example.org'
                  from cases c join statuses s on s.k = c.k""").update();
    }

    static final String[] PLACES = {"บ้านดอน", "สุขใจ", "ร่มเย็น", "ศรีสะอาด", "นาคำ", "ทองคำ", "แสงธรรม", "พัฒนา",
        "หนองบัว", "ป่าตอง"};

    /** Part of one organisation's name, as a person types it. */
    static String oneName() {
        int g = CASES / 2 + 7;
        return PLACES[(g / 8) % 10] + " ทะเบียน " + g;
    }

    private void explain(String what, String sql) {
        System.out.println("REGISTRY BENCHMARK: EXPLAIN ANALYZE of the " + what);
        jdbc.sql(sql).query(String.class).list().forEach(line -> System.out.println("REGISTRY BENCHMARK:   " + line));
    }

    private static Map<String, String[]> params(String query) {
        Map<String, String[]> params = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], new String[] {java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8)});
            }
        }
        return params;
    }

    private interface Call {
        Object run() throws Exception;
    }

    private void time(String how, String what, Call call) throws Exception {
        String row = Timings.of(3, 5, RUNS, BUDGET_NANOS, call::run).record("registry", CASES, how + ": " + what, 200)
                .row(how, what);
        System.out.println("REGISTRY BENCHMARK: " + row);
        table.add(row);
    }
}
