package th.moralorg.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.Provinces;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * The dashboard's figures from a known set of cases, inserted with SQL in fiscal years 2598 and
 * 2597 that no other test uses (the database is shared), in Chiang Mai (50) and Narathiwat (96):
 * every figure as expected, every link lists exactly the cases it counts, and a PCO sees only its
 * own province.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

    static final int YEAR = 2598;
    static final String DEMO = "demo";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Provinces provinces;
    @Autowired
    ProvinceTiles tiles;

    Api api;

    @BeforeAll
    void knownCases() {
        api = new Api(port);
        KnownCases cases = new KnownCases(jdbc);
        cases.insert("50", YEAR, "REGISTERED", null, "reviewIntent", "OFFICE", 2, 5);
        String late = cases.insert("50", YEAR, "IN_PROGRESS", null, "sharedVision", "ORGANISATION", 10, -1);
        cases.insert("50", YEAR, "IN_PROGRESS", null, "sharedVision", "ORGANISATION", 40, 20);
        String level2 = cases.insert("50", YEAR, "PROVINCIALLY_CERTIFIED", 2, "awaitNationalResult", "NATIONAL", 100, null);
        String level3 = cases.insert("50", YEAR, "NATIONALLY_ENDORSED", 3, "awaitReassessment", "TIME", 5, 200);
        cases.insert("50", YEAR, "REJECTED", null, "intentRejected", "NOBODY", 20, null);
        String overdue = cases.insert("96", YEAR, "SUBMITTED", null, "checkCompleteness", "OFFICE", 8, -2);
        String level1 = cases.insert("96", YEAR, "NATIONALLY_ENDORSED", 1, "awaitReassessment", "TIME", 95, 200);
        String before = cases.insert("50", YEAR - 1, "NATIONALLY_ENDORSED", 1, "awaitReassessment", "TIME", 300, 60);
        cases.insert("50", YEAR - 1, "REJECTED", null, "intentRejected", "NOBODY", 320, null);
        // 10, 30 and 50 days from registration to the province's certification
        cases.certified(level2, 100, 90);
        cases.certified(level3, 60, 30);
        cases.certified(level1, 150, 100);
        cases.outstanding(level3);
        // one reminder to two people is one notice
        cases.mail(late, "sla-reminder", "task-1", "officer.50@example.org", "head.50@example.org");
        cases.mail(overdue, "escalation", "task-2", "head.96@example.org");
        cases.mail(before, "sla-reminder", "task-3", "officer.50@example.org");
    }

    JsonNode figures(String query, String user) throws Exception {
        HttpResponse<String> answer = api.get("/api/dashboard?fiscalYear=" + YEAR + query, user, DEMO);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    static List<Long> counts(JsonNode figures) {
        List<Long> counts = new ArrayList<>();
        figures.forEach(f -> counts.add(f.get("count").asLong()));
        return counts;
    }

    static JsonNode line(JsonNode lines, String field, String value) {
        for (JsonNode line : lines) {
            if (line.get(field).asText().equals(value)) {
                return line;
            }
        }
        throw new AssertionError("no line " + field + "=" + value + " in " + lines);
    }

    @Test
    void theFiguresOfAKnownSetOfCasesAreTheExpectedCounts() throws Exception {
        JsonNode view = figures("", DemoAccounts.DRA_OFFICER);
        // registered, accepted, level 1, 2, 3, outstanding models, open, waiting on the organisation, on the office, overdue
        List<Long> current = new ArrayList<>();
        List<Long> previous = new ArrayList<>();
        view.get("summary").forEach(l -> {
            current.add(l.get("current").get("count").asLong());
            previous.add(l.get("previous").get("count").asLong());
        });
        assertThat(current).containsExactly(8L, 6L, 1L, 1L, 1L, 1L, 7L, 2L, 2L, 2L);
        assertThat(previous).containsExactly(2L, 1L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(view.get("summary").get(0).get("change").asLong()).isEqualTo(6);

        JsonNode chiangMai = line(view.get("provinces"), "code", "50");
        assertThat(counts(chiangMai.get("figures"))).containsExactly(6L, 4L, 0L, 1L, 1L, 1L, 5L, 2L, 1L, 1L);
        assertThat(chiangMai.get("previousRegistered").get("count").asLong()).isEqualTo(2);
        assertThat(counts(line(view.get("provinces"), "code", "96").get("figures")))
                .containsExactly(2L, 2L, 1L, 0L, 0L, 0L, 2L, 0L, 1L, 1L);
        assertThat(view.get("provinces")).as("every province, with or without cases").hasSize(77);
        assertThat(counts(line(view.get("provinces"), "code", "10").get("figures"))).containsOnly(0L);

        assertThat(line(view.get("stages"), "stage", "sharedVision").get("current").get("count").asLong()).isEqualTo(2);
        assertThat(line(view.get("stages"), "stage", "awaitReassessment").get("previous").get("count").asLong()).isEqualTo(1);
        assertThat(line(view.get("stages"), "stage", "intentRejected").get("current").get("count").asLong()).isEqualTo(1);
        assertThat(view.get("stages")).hasSize(6);

        JsonNode organisation = line(view.get("waiting"), "waitingOn", "ORGANISATION");
        assertThat(organisation.get("cases").get("count").asLong()).isEqualTo(2);
        assertThat(organisation.get("overdue").get("count").asLong()).isEqualTo(1);
        assertThat(counts(organisation.get("ageing"))).containsExactly(0L, 1L, 1L, 0L);
        assertThat(counts(line(view.get("waiting"), "waitingOn", "OFFICE").get("ageing"))).containsExactly(1L, 1L, 0L, 0L);
        assertThat(counts(line(view.get("waiting"), "waitingOn", "TIME").get("ageing"))).containsExactly(1L, 0L, 0L, 1L);
        assertThat(counts(line(view.get("waiting"), "waitingOn", "").get("ageing"))).containsExactly(2L, 2L, 1L, 2L);

        // the map: coloured by what was chosen, the busiest province darkest
        JsonNode overdueMap = figures("&map=OVERDUE", DemoAccounts.MANAGER);
        assertThat(line(overdueMap.get("tiles"), "code", "96").get("count").asLong()).isEqualTo(1);
        assertThat(line(overdueMap.get("tiles"), "code", "96").get("step").asInt()).isEqualTo(5);
        assertThat(line(overdueMap.get("tiles"), "code", "10").get("step").asInt()).isZero();
    }

    @Test
    void remindersThroughputAndTimeToCertification() throws Exception {
        JsonNode view = figures("", DemoAccounts.DRA_OFFICER);
        JsonNode reminders = view.get("notices").get(0);
        assertThat(reminders.get("label").asText()).isEqualTo(th.moralorg.reference.MailKind.SLA_REMINDER.thai());
        assertThat(reminders.get("current").get("count").asLong()).isEqualTo(1);
        assertThat(reminders.get("previous").get("count").asLong()).isEqualTo(1);
        assertThat(view.get("notices").get(1).get("current").get("count").asLong()).isEqualTo(1);
        assertThat(view.get("notices").get(1).get("previous").get("count").asLong()).isZero();

        JsonNode certification = view.get("toCertification").get(0);
        assertThat(certification.get("cases").asLong()).isEqualTo(3);
        assertThat(certification.get("medianDays").asText()).isEqualTo("30.0");
        assertThat(certification.get("meanDays").asText()).isEqualTo("30.0");
        assertThat(view.get("toCertification").get(1).get("cases").asLong()).isZero();

        // per month: every registration and every provincial decision of the year, in some month
        long registered = 0;
        long provincial = 0;
        for (JsonNode month : view.get("months")) {
            registered += month.get("counts").get(0).asLong();
            provincial += month.get("counts").get(3).asLong();
        }
        assertThat(view.get("monthColumns").get(3).get("code").asText()).isEqualTo("PROVINCIAL");
        assertThat(registered).isEqualTo(8);
        assertThat(provincial).isEqualTo(3);

        // Narathiwat's officer would see only Narathiwat's: Bangkok's sees none of it
        JsonNode bangkok = figures("", DemoAccounts.BANGKOK_OFFICER);
        assertThat(bangkok.get("notices").get(0).get("current").get("count").asLong()).isZero();
        assertThat(bangkok.get("toCertification").get(0).get("cases").asLong()).isZero();
        assertThat(bangkok.get("months")).isEmpty();
    }

    /** Each figure's link, asked of /api/cases, lists as many cases as the figure counts. */
    @Test
    void everyFigureLinksToTheCaseListOfTheCasesItCounts() throws Exception {
        JsonNode view = figures("", DemoAccounts.DRA_OFFICER);
        List<JsonNode> all = new ArrayList<>();
        view.get("summary").forEach(l -> {
            all.add(l.get("current"));
            all.add(l.get("previous"));
        });
        for (String code : List.of("50", "96")) {
            line(view.get("provinces"), "code", code).get("figures").forEach(all::add);
        }
        view.get("stages").forEach(s -> {
            all.add(s.get("current"));
            all.add(s.get("previous"));
        });
        view.get("waiting").forEach(w -> {
            all.add(w.get("cases"));
            all.add(w.get("overdue"));
            w.get("ageing").forEach(all::add);
        });
        Set<String> seen = new HashSet<>();
        for (JsonNode figure : all) {
            String href = figure.get("href").asText();
            assertThat(href).startsWith("/cases?").contains("fiscalYear=");
            if (seen.add(href)) {
                HttpResponse<String> list = api.get("/api/cases" + href.substring("/cases".length()) + "&size=1",
                        DemoAccounts.DRA_OFFICER, DEMO);
                assertThat(list.statusCode()).as(href + ": " + list.body()).isEqualTo(200);
                assertThat(JSON.readTree(list.body()).get("total").asLong()).as(href).isEqualTo(figure.get("count").asLong());
            }
        }
        assertThat(seen).hasSizeGreaterThan(60);
        // the page links the same addresses (HTML-escaped)
        Pages dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, DEMO));
        HttpResponse<String> page = dra.get("/dashboard?fiscalYear=" + YEAR);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(line(view.get("provinces"), "code", "96").get("figures").get(0).get("href").asText()
                .replace("&", "&amp;"), "ภาพรวมโครงการองค์กรคุณธรรม", "ทั้งประเทศ", "ปีงบประมาณ พ.ศ. 2598",
                "aria-current=\"page\">ภาพรวมโครงการ</a>", "/webjars/echarts/5.3.1/dist/echarts.min.js");
    }

    @Test
    void aPcoSeesItsOwnProvinceOnlyAndIsRefusedAnother() throws Exception {
        JsonNode own = figures("", DemoAccounts.CHIANG_MAI_OFFICER);
        assertThat(own.get("summary").get(0).get("current").get("count").asLong()).isEqualTo(6);
        assertThat(own.get("provinces")).hasSize(1);
        assertThat(own.get("provinces").get(0).get("code").asText()).isEqualTo("50");
        assertThat(line(own.get("tiles"), "code", "96").get("count").isNull()).as("another province's square is blank").isTrue();
        assertThat(own.toString()).doesNotContain("province=96");

        JsonNode bangkok = figures("", DemoAccounts.BANGKOK_OFFICER);
        assertThat(counts(bangkok.get("provinces").get(0).get("figures"))).containsOnly(0L);
        assertThat(bangkok.get("summary").get(0).get("current").get("count").asLong()).isZero();

        HttpResponse<String> forged = api.get("/api/dashboard?fiscalYear=" + YEAR + "&province=50",
                DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("ไม่มีสิทธิ์ดูภาพรวมของจังหวัดรหัส 50").doesNotContain("\"count\"");
        assertThat(api.getBytes("/api/exports/dashboard-provinces.xlsx?province=50", DemoAccounts.BANGKOK_OFFICER, DEMO)
                .statusCode()).isEqualTo(403);
        Pages bangkokPages = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, DEMO));
        HttpResponse<String> page = bangkokPages.get("/dashboard?fiscalYear=" + YEAR + "&province=50");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("ไม่มีสิทธิ์ดูภาพรวมของจังหวัดรหัส 50").doesNotContain("provinceTable");

        // a coordinator, and anyone not signed in
        assertThat(api.get("/api/dashboard", DemoAccounts.DEMO_COORDINATOR, DEMO).statusCode()).isEqualTo(403);
        HttpResponse<String> coordinatorPage = new Pages(port, SignIn.as(port, DemoAccounts.DEMO_COORDINATOR, DEMO))
                .get("/dashboard");
        assertThat(coordinatorPage.statusCode()).isEqualTo(403);
        assertThat(coordinatorPage.body()).contains("ภาพรวมโครงการเปิดให้เจ้าหน้าที่ สวจ. กรมการศาสนา และผู้บริหารเท่านั้น");
        HttpResponse<String> anonymous = new Pages(port, java.net.http.HttpClient.newHttpClient()).get("/dashboard");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void badInputGetsAThaiMessage() throws Exception {
        HttpResponse<String> year = api.get("/api/dashboard?fiscalYear=abc&map=NOPE", DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(year.body()).contains("fiscalYear", "map", "ตัวเลขที่ใช้ระบายสีแผนที่ไม่ใช่ตัวเลือกที่มีให้");
        assertThat(api.get("/api/exports/dashboard-nothing.xlsx", DemoAccounts.DRA_OFFICER, DEMO).statusCode())
                .isEqualTo(404);
        // the case list's ageing filter refuses an empty range
        HttpResponse<String> range = api.get("/api/cases?waitingDaysFrom=30&waitingDaysTo=7", DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(range.statusCode()).isEqualTo(400);
        assertThat(range.body()).contains("waitingDaysTo");
    }

    @Test
    void eachTableExportsAsXlsx() throws Exception {
        HttpResponse<byte[]> file = api.getBytes("/api/exports/dashboard-provinces.xlsx?fiscalYear=" + YEAR,
                DemoAccounts.MANAGER, DEMO);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("dashboard-provinces-2598.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            DataFormatter cells = new DataFormatter();
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(cells.formatCellValue(header.getCell(1))).isEqualTo("จังหวัด");
            Row narathiwat = null;
            for (Row row : book.getSheetAt(0)) {
                if ("96".equals(cells.formatCellValue(row.getCell(0)))) {
                    narathiwat = row;
                }
            }
            assertThat(narathiwat).isNotNull();
            assertThat(cells.formatCellValue(narathiwat.getCell(1))).isEqualTo("นราธิวาส");
            assertThat(cells.formatCellValue(narathiwat.getCell(2))).isEqualTo("2");
        }
        for (String table : DashboardController.TABLES) {
            assertThat(api.getBytes("/api/exports/dashboard-" + table + ".xlsx?fiscalYear=" + YEAR, DemoAccounts.DRA_OFFICER,
                    DEMO).statusCode()).as(table).isEqualTo(200);
        }
    }

    @Test
    void theTileMapHasEveryProvinceOnceInASquareOfItsOwn() {
        Set<String> codes = new HashSet<>();
        Set<String> squares = new HashSet<>();
        tiles.all().forEach(t -> {
            codes.add(t.provinceCode());
            squares.add(t.row() + "," + t.column());
        });
        assertThat(tiles.all()).hasSize(77);
        assertThat(codes).containsExactlyInAnyOrderElementsOf(provinces.findAll().stream().map(p -> p.code()).toList());
        assertThat(squares).hasSize(77);
    }
}
