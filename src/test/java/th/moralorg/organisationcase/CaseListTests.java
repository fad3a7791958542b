package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.WaitingOn;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * Where each case stands (V52, {@link CasePositionTracker}) and the case list /cases, /api/cases
 * with its exports, driven through the real process. Names are unique Thai fragments: the
 * database is shared with every other test class.
 */
@IntegrationTest
class CaseListTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String DEMO = "demo";

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    CasePositions positions;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CasePositionBackfill backfill;

    /** A Thai fragment no other case has: six random consonants. */
    static String thaiFragment() {
        String letters = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    /** A registered case of {@code province} named "มูลนิธิ" fragment "ทดสอบ", at reviewIntent. */
    String register(String province, String fragment) {
        return register(province, fragment, "");
    }

    /** The same with {@code branch} after the name: another organisation with the same fragment. */
    String register(String province, String fragment, String branch) {
        Map<String, Object> form = CaseDriver.registrationForm(province, YEAR);
        form.put("organisationName", "มูลนิธิ" + fragment + "ทดสอบ" + branch);
        return driver.register(form);
    }

    String coordinatorOf(String caseNumber) {
        return jdbc.sql("select coordinator_email from mo.organisation_case where case_number = ?").param(caseNumber)
                .query(String.class).single();
    }

    /** Accepted, oriented, steps 1–5 and the self-assessment done, completeness confirmed: at the subcommittee. */
    String atProvincialDecision(String province, String fragment) {
        String caseNumber = register(province, fragment);
        String officer = "officer." + province;
        driver.complete(caseNumber, "reviewIntent", officer, Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", officer, Map.of("orientationDate", "2025-11-20"));
        String coordinator = coordinatorOf(caseNumber);
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));
        driver.complete(caseNumber, "checkCompleteness", officer, Map.of("completenessDecision", "COMPLETE"));
        return caseNumber;
    }

    @Test
    void aCaseKnowsWhereItStandsAtEveryKindOfWaitState() {
        String caseNumber = register("50", thaiFragment());
        CasePosition review = positions.of(caseNumber).orElseThrow();
        assertThat(review.stage()).isEqualTo("reviewIntent");
        assertThat(review.stageName()).isEqualTo("ตรวจสอบแบบ อ.01");
        assertThat(review.waitingOn()).isEqualTo(WaitingOn.OFFICE);
        assertThat(review.dueAt()).isEqualTo(driver.task(caseNumber).getDueDate().toInstant());
        assertThat(review.since()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

        // a due date changed on the task follows
        Date later = Date.from(Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        tasks.setDueDate(driver.task(caseNumber).getId(), later);
        assertThat(positions.of(caseNumber).orElseThrow().dueAt()).isEqualTo(later.toInstant());

        // an event-based gateway waiting for a message or the correction window's timer
        driver.complete(caseNumber, "reviewIntent", "officer.50",
                Map.of("intentDecision", "CORRECT", "intentRemarks", "กรุณาระบุที่อยู่ให้ครบ"));
        CasePosition correction = positions.of(caseNumber).orElseThrow();
        assertThat(correction.stage()).isEqualTo("awaitCorrection");
        assertThat(correction.waitingOn()).isEqualTo(WaitingOn.ORGANISATION);
        assertThat(correction.dueAt()).as("the correction window's timer").isNotNull()
                .isAfter(Instant.now().plus(20, ChronoUnit.DAYS));
        assertThat(correction.text(java.time.ZoneId.of("Asia/Bangkok"))).startsWith(WaitingOn.ORGANISATION.thai() + " ตั้งแต่ ")
                .contains(" กำหนด ").contains("พ.ศ.");
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aCaseWaitingForTheSubcommitteeIsFoundWhereItStandsAndMovesOn() {
        String fragment = thaiFragment();
        String caseNumber = atProvincialDecision("50", fragment);
        Api api = new Api(port);
        String byName = "/api/cases?name=" + q(fragment);

        // no task is open: the list still has it, waiting on the subcommittee's message
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        HttpResponse<String> own = api.get(byName, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"caseNumber\":\"" + caseNumber + "\"", "\"total\":1",
                "\"stage\":\"awaitProvincialDecision\"", "\"waitingOn\":\"SUBCOMMITTEE\"",
                "\"waitingOnName\":\"" + WaitingOn.SUBCOMMITTEE.thai() + "\"",
                "\"stageName\":\"รอผลการพิจารณาของคณะอนุกรรมการจังหวัด\"",
                "\"statusName\":\"" + CaseStatus.AWAITING_PROVINCIAL_REVIEW.thai() + "\"",
                "\"href\":\"/cases/" + caseNumber + "\"", "\"AWAITING_PROVINCIAL_REVIEW\":1");
        // by a part of the case number, its whole number, whom it waits on and its stage
        assertThat(api.get("/api/cases?caseNumber=" + caseNumber.substring(0, 10).toLowerCase() + "&name=" + q(fragment),
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body()).contains(caseNumber);
        assertThat(api.get("/api/cases?caseNumber=" + caseNumber, DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body())
                .contains(caseNumber).contains("\"total\":1");
        assertThat(api.get(byName + "&waitingOn=SUBCOMMITTEE&stage=awaitProvincialDecision",
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body()).contains(caseNumber);
        assertThat(api.get(byName + "&waitingOn=ORGANISATION", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body())
                .doesNotContain(caseNumber).contains("\"total\":0");

        // another province's officer does not find it, and cannot ask for province 50
        HttpResponse<String> other = api.get(byName, DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(caseNumber).contains("\"total\":0");
        HttpResponse<String> forged = api.get(byName + "&province=50", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("ไม่มีสิทธิ์ดูเรื่องของจังหวัดรหัส 50").doesNotContain(caseNumber);
        assertThat(api.get(byName + "&province=50&province=10", DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(403);

        // DRA and managers: one province or all
        assertThat(api.get(byName + "&province=50", DemoAccounts.DRA_OFFICER, DEMO).body()).contains(caseNumber);
        assertThat(api.get(byName, DemoAccounts.DRA_OFFICER, DEMO).body()).contains(caseNumber);
        assertThat(api.get(byName + "&province=10", DemoAccounts.DRA_OFFICER, DEMO).body()).doesNotContain(caseNumber);
        assertThat(api.get(byName, DemoAccounts.MANAGER, DEMO).body()).contains(caseNumber);
        assertThat(api.get(byName, null, null).statusCode()).isEqualTo(401);

        // the page, for people: the same case, linked to its own page
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
        HttpResponse<String> page = officer.get("/cases?name=" + q(fragment));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/cases/" + caseNumber + "\"", WaitingOn.SUBCOMMITTEE.thai(),
                CaseStatus.AWAITING_PROVINCIAL_REVIEW.thai(), "พบ 1 เรื่อง", "aria-current=\"page\">รายการองค์กร</a>");
        Pages bangkok = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, DEMO));
        HttpResponse<String> refused = bangkok.get("/cases?province=50&name=" + q(fragment));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("ไม่มีสิทธิ์ดูเรื่องของจังหวัดรหัส 50").doesNotContain(caseNumber);

        // the subcommittee certifies level 2: the PCO's national-database entry is open while the
        // national result is awaited, and the case waits on the one who can act (the office)
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 2));
        String moved = api.get(byName + "&certifiedLevel=2&status=PROVINCIALLY_CERTIFIED", DemoAccounts.CHIANG_MAI_OFFICER,
                DEMO).body();
        assertThat(moved).contains(caseNumber, "\"stage\":\"recordNationalDatabase\"", "\"waitingOn\":\"OFFICE\"");
        assertThat(api.get(byName + "&waitingOn=SUBCOMMITTEE", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body())
                .doesNotContain(caseNumber);
    }

    @Test
    void countsPerStatusOverdueAndClosedCasesForMyOwnFilter() {
        String fragment = thaiFragment();
        String registered = register("50", fragment);
        String working = register("50", fragment, " สาขา 2");
        driver.complete(working, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        driver.complete(working, "recordOrientation", "officer.50", Map.of("orientationDate", "2025-11-20"));
        String rejected = register("50", fragment, " สาขา 3");
        driver.complete(rejected, "reviewIntent", "officer.50",
                Map.of("intentDecision", "REJECT", "intentRemarks", "ไม่ใช่องค์กรในเขตจังหวัด"));
        tasks.setDueDate(driver.task(registered).getId(), Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));

        Api api = new Api(port);
        String mine = "/api/cases?fiscalYear=" + YEAR + "&name=" + q(fragment);
        String all = api.get(mine, DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body();
        assertThat(all).contains("\"total\":3", "\"REGISTERED\":1", "\"IN_PROGRESS\":1", "\"REJECTED\":1",
                "\"SUBMITTED\":0");
        assertThat(positions.of(working).orElseThrow().waitingOn()).isEqualTo(WaitingOn.ORGANISATION);
        CasePosition closed = positions.of(rejected).orElseThrow();
        assertThat(closed.stage()).isEqualTo("intentRejected");
        assertThat(closed.waitingOn()).isEqualTo(WaitingOn.NOBODY);
        assertThat(closed.dueAt()).isNull();

        // counts per status stay those of the other filters when one status is chosen
        String one = api.get(mine + "&status=REGISTERED", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body();
        assertThat(one).contains("\"total\":1", registered, "\"IN_PROGRESS\":1").doesNotContain(working);
        String overdue = api.get(mine + "&overdue=true", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body();
        assertThat(overdue).contains("\"total\":1", registered, "\"overdue\":true").doesNotContain(working, rejected);
        assertThat(api.get(mine + "&waitingOn=NOBODY", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body()).contains(rejected)
                .doesNotContain(registered);
        // sorted by due date, paged one by one
        String first = api.get(mine + "&sort=dueSoonest&size=1", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body();
        assertThat(first).contains(registered, "\"pages\":3");
        assertThat(api.get(mine + "&sort=dueSoonest&size=1&page=3", DemoAccounts.CHIANG_MAI_OFFICER, DEMO).body())
                .contains(rejected);

        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
        String page = officer.get("/cases?fiscalYear=" + YEAR + "&name=" + q(fragment)).body();
        assertThat(page).contains("พบ 3 เรื่อง", CaseStatus.REGISTERED.thai() + " 1", "เกินกำหนด", WaitingOn.NOBODY.thai());
    }

    @Test
    void theListShownIsExportedAsCsvAndXlsxWithThaiValues() throws IOException {
        String fragment = thaiFragment();
        String caseNumber = register("50", fragment);
        Api api = new Api(port);
        String query = "?province=50&name=" + q(fragment);

        HttpResponse<byte[]> csv = api.getBytes("/api/exports/cases.csv" + query, DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("cases-50.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"เลขที่เรื่อง\",\"ชื่อองค์กร\"");
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains(caseNumber, "มูลนิธิ" + fragment + "ทดสอบ", CaseStatus.REGISTERED.thai(),
                WaitingOn.OFFICE.thai(), "ตรวจสอบแบบ อ.01", "พ.ศ. " + (LocalDate.now().getYear() + 543));

        HttpResponse<byte[]> xlsx = api.getBytes("/api/exports/cases.xlsx" + query, DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("เลขที่เรื่อง");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo(caseNumber);
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo(CaseStatus.REGISTERED.thai());
            assertThat(cells.formatCellValue(sheet.getRow(1).getCell(9))).isEqualTo(WaitingOn.OFFICE.thai());
        }
        // the same limits as the list: another province's officer gets nothing of province 50
        assertThat(api.getBytes("/api/exports/cases.csv" + query, DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFilterNotUnderstoodIsRefusedInThai() {
        Api api = new Api(port);
        HttpResponse<String> bad = api.get("/api/cases?fiscalYear=ปีนี้&sort=random&waitingOn=SOMEONE&page=0",
                DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"fiscalYear\":\"ปีงบประมาณ (พ.ศ.) ต้องเป็นจำนวนเต็ม\"", "\"sort\":", "newest (ใหม่ล่าสุด)",
                "\"waitingOn\":", "\"page\":");
        assertThat(api.get("/api/cases?page=1000&size=25", DemoAccounts.DRA_OFFICER, DEMO).body())
                .contains("แสดงได้ถึงเรื่องที่ 10000 เท่านั้น");
        assertThat(api.get("/api/cases?province=99", DemoAccounts.DRA_OFFICER, DEMO).body()).contains("ไม่พบจังหวัดรหัส 99");

        Pages dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, DEMO));
        HttpResponse<String> page = dra.get("/cases?fiscalYear=3000&name=" + q(thaiFragment()));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("ค้นหาไม่ได้ กรุณาแก้ไขตัวกรองตามที่แจ้ง", "ปีงบประมาณ (พ.ศ.) ต้องอยู่ระหว่าง 2500 ถึง 2700",
                "value=\"3000\"", "aria-invalid=\"true\"").doesNotContain("id=\"cases\"");
    }

    @Test
    void casesWithoutAPositionGetItOnceFromTheEngine() {
        String fragment = thaiFragment();
        String review = register("50", fragment);
        String correction = register("50", fragment, " สาขา 2");
        driver.complete(correction, "reviewIntent", "officer.50",
                Map.of("intentDecision", "CORRECT", "intentRemarks", "กรุณาระบุที่อยู่ให้ครบ"));
        String rejected = register("50", fragment, " สาขา 3");
        driver.complete(rejected, "reviewIntent", "officer.50",
                Map.of("intentDecision", "REJECT", "intentRemarks", "ไม่ใช่องค์กรในเขตจังหวัด"));
        CasePosition correctionBefore = positions.of(correction).orElseThrow();
        // as a case that ran before V52 would be
        jdbc.sql("update mo.organisation_case set stage = null, waiting_on = null, stage_since = null, due_at = null"
                + " where case_number in (?, ?, ?)").params(review, correction, rejected).update();
        assertThat(positions.of(review)).isEmpty();

        backfill.run(null);
        CasePosition atReview = positions.of(review).orElseThrow();
        assertThat(atReview.stage()).isEqualTo("reviewIntent");
        assertThat(atReview.waitingOn()).isEqualTo(WaitingOn.OFFICE);
        assertThat(atReview.dueAt()).isEqualTo(driver.task(review).getDueDate().toInstant());
        CasePosition atCorrection = positions.of(correction).orElseThrow();
        assertThat(atCorrection.stage()).isEqualTo("awaitCorrection");
        assertThat(atCorrection.waitingOn()).isEqualTo(WaitingOn.ORGANISATION);
        assertThat(atCorrection.dueAt()).isEqualTo(correctionBefore.dueAt());
        assertThat(atCorrection.since()).isNotNull();
        CasePosition closed = positions.of(rejected).orElseThrow();
        assertThat(closed.stage()).isEqualTo("intentRejected");
        assertThat(closed.waitingOn()).isEqualTo(WaitingOn.NOBODY);

        // once only: a position the engine keeps is never overwritten
        jdbc.sql("update mo.organisation_case set stage_since = ? where case_number = ?")
                .params(java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")), review).update();
        backfill.run(null);
        assertThat(positions.of(review).orElseThrow().since()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
