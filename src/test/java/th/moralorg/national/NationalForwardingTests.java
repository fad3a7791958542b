package th.moralorg.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.identity.Roles;
import th.moralorg.reference.OrganisationType;
import th.moralorg.review.ReviewMeetingService;
import th.moralorg.review.ReviewMeetings;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;
import th.moralorg.validation.FormValidationException;

/** Seed 5.2.2(4)-(5): a DRA round over several provinces' reports, then the certified list exported. */
@IntegrationTest
class NationalForwardingTests {

    private static final Logger log = LoggerFactory.getLogger(NationalForwardingTests.class);
    private static final String DEMO = "demo";
    private static final int YEAR = 2583;
    private static final int PAGE_YEAR = 2580;
    private static final int CORRECTION_YEAR = 2594;
    private static final ApiCaller DRA = new ApiCaller(DemoAccounts.DRA_OFFICER, Set.of(Roles.DRA));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ReviewMeetingService reviews;
    @Autowired
    ReviewMeetings meetings;

    @Autowired
    NationalRoundService rounds;

    Api api;
    CaseStandIn cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new CaseStandIn(jdbc, runtime, repository);
    }

    @Test
    void draWorksARoundOfProvincialReportsUpToEachCasesNationalResult() throws IOException {
        Map<String, List<String>> byProvince = new LinkedHashMap<>();
        Map<String, Long> meetingOf = new LinkedHashMap<>();
        for (String province : List.of("40", "41", "42", "50")) {
            List<String> numbers = cases.cases(province, YEAR, ReviewMeetings.AWAITING, 6, CaseStandIn.CASE_PROCESS);
            byProvince.put(province, numbers);
            meetingOf.put(province, certifyAtProvince(province, numbers));
        }
        long started = System.nanoTime();

        // Khon Kaen's report goes back once, comes again as round 2
        String firstRound = "NAT-" + meetingOf.get("40") + "-1";
        Task receive40 = nationalTask(firstRound, "receiveProvincialReport");
        assertThat(receive40.getTenantId()).isEqualTo("national");
        // the reception form names the province in Thai, not by its code
        assertThat(runtime.getVariable(receive40.getProcessInstanceId(), "provinceName")).isEqualTo("ขอนแก่น");
        // and lists the report's cases, each with a link to its case page and its level (issue 11)
        String listed = (String) tasks.getVariableLocal(receive40.getId(), ReportCasesListener.NAME);
        List<String> khonKaen = byProvince.get("40");
        assertThat(listed).contains("(4 องค์กร)")
                .contains("- [" + khonKaen.get(0).replace("-", "\\-") + "](/cases/" + khonKaen.get(0) + ") ")
                .contains("ระดับ 3 องค์กรคุณธรรมต้นแบบ ต้นแบบโดดเด่น").doesNotContain(khonKaen.get(4));
        // nobody completing the task may send it (identity.TaskFormFields): the form has no such field
        HttpResponse<String> forged = api.postJson("/engine-rest/task/" + receive40.getId() + "/complete",
                "{\"variables\":{\"reportDecision\":{\"value\":\"ACCEPT\"},\"reportCases\":{\"value\":\"-\"}}}",
                DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).contains("reportCases");
        assertThat(tasks.getVariableLocal(receive40.getId(), ReportCasesListener.NAME)).isEqualTo(listed);
        assertThatThrownBy(() -> tasks.complete(receive40.getId(), Map.of("reportDecision", "RETURN")))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("เหตุผลที่ส่งคืน");
        tasks.complete(receive40.getId(), Map.of("reportDecision", "RETURN", "returnRemarks", "ขาดลายมือชื่อประธาน"));
        Task revise = reviewTask(meetingOf.get("40"), "reviseReport");
        assertThat(runtime.getVariable(revise.getProcessInstanceId(), "returnRemarks")).isEqualTo("ขาดลายมือชื่อประธาน");
        tasks.complete(revise.getId(), Map.of("revisionNote", "แนบรายงานที่ลงนามแล้ว"));
        tasks.complete(reviewTask(meetingOf.get("40"), "submitReportToDra").getId(), Map.of("reportConfirmed", true));

        for (String province : byProvince.keySet()) {
            int round = "40".equals(province) ? 2 : 1;
            String key = "NAT-" + meetingOf.get(province) + "-" + round;
            tasks.complete(nationalTask(key, "receiveProvincialReport").getId(), Map.of("reportDecision", "ACCEPT"));
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(
                    meetings.find(meetingOf.get(province)).orElseThrow().processInstanceId()).count()).isZero();
            assertThat(waitsAt(key)).isEqualTo("awaitNationalSelection");
        }

        // one round, one meeting of each body for all four reports (certified at the province: cases 0-3)
        List<String> certified = byProvince.values().stream().flatMap(n -> n.subList(0, 4).stream()).toList();
        ApiCaller officer = new ApiCaller(DemoAccounts.CHIANG_MAI_OFFICER, Set.of(ProvinceTenants.officerGroupOf("50")));
        assertThatThrownBy(() -> rounds.open(officer, YEAR)).isInstanceOf(ApiProblem.class)
                .extracting(e -> ((ApiProblem) e).status()).isEqualTo(403);
        int round = rounds.open(DRA, YEAR);
        assertThat(rounds.awaiting(DRA, NationalRounds.SELECTION, YEAR)).extracting(NationalRounds.Case::caseNumber)
                .containsExactlyInAnyOrderElementsOf(certified);
        assertThatThrownBy(() -> rounds.put(officer, YEAR, round, NationalRounds.SELECTION, certified))
                .isInstanceOf(ApiProblem.class);
        rounds.put(DRA, YEAR, round, NationalRounds.SELECTION, certified);
        // a case is on one selection meeting only, and only a case awaiting it (not one of the returned round 1)
        assertThatThrownBy(() -> rounds.put(DRA, YEAR, round, NationalRounds.SELECTION, List.of(certified.get(0))))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).status()).isEqualTo(409);
        assertThat(rounds.awaiting(DRA, NationalRounds.SELECTION, YEAR)).isEmpty();

        Map<String, NationalRoundService.CaseDecision> selection = new LinkedHashMap<>();
        for (List<String> numbers : byProvince.values()) {
            // numbers.get(2) is level 3 (see certifyAtProvince); numbers.get(1) is level 2
            selection.put(numbers.get(0), new NationalRoundService.CaseDecision(numbers.get(0), false, false, null));
            selection.put(numbers.get(1), new NationalRoundService.CaseDecision(numbers.get(1), true, true, null));
            selection.put(numbers.get(2), new NationalRoundService.CaseDecision(numbers.get(2), true, true, null));
        }
        // refused as a whole: a case without a result, a "no" without its reason, a level-2 outstanding model
        assertThatThrownBy(() -> rounds.decide(DRA, YEAR, round, NationalRounds.SELECTION,
                new NationalRoundService.Decision(LocalDate.now().toString(), "กรมการศาสนา", null,
                        List.copyOf(selection.values()))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .containsKeys(khonKaen.get(3) + ".approved", khonKaen.get(0) + ".remarks",
                                khonKaen.get(1) + ".outstandingModel")
                        .doesNotContainKey(khonKaen.get(2) + ".outstandingModel"));
        assertThat(jdbc.sql("select count(*) from mo.national_item where selected is not null and case_number = any(?)")
                .param(certified.toArray(String[]::new)).query(Integer.class).single()).isZero();
        for (List<String> numbers : byProvince.values()) {
            selection.put(numbers.get(0), new NationalRoundService.CaseDecision(numbers.get(0), false, false, "ไม่ครบเกณฑ์"));
            selection.put(numbers.get(1), new NationalRoundService.CaseDecision(numbers.get(1), true, false, null));
            selection.put(numbers.get(3), new NationalRoundService.CaseDecision(numbers.get(3), true, false, null));
        }
        LocalDate selectedOn = LocalDate.now().minusDays(10);
        rounds.decide(DRA, YEAR, round, NationalRounds.SELECTION, new NationalRoundService.Decision(
                selectedOn.toString(), "กรมการศาสนา", "ตามมติที่ประชุม", List.copyOf(selection.values())));
        assertThatThrownBy(() -> rounds.decide(DRA, YEAR, round, NationalRounds.SELECTION,
                new NationalRoundService.Decision(selectedOn.toString(), null, null, List.copyOf(selection.values()))))
                .isInstanceOf(ApiProblem.class).extracting(e -> ((ApiProblem) e).status()).isEqualTo(409);
        for (String province : byProvince.keySet()) {
            assertThat(waitsAt("NAT-" + meetingOf.get(province) + "-" + ("40".equals(province) ? 2 : 1)))
                    .isEqualTo("awaitNationalCommittee");
        }

        List<String> selected = byProvince.values().stream().flatMap(n -> n.subList(1, 4).stream()).toList();
        assertThat(rounds.awaiting(DRA, NationalRounds.COMMITTEE, YEAR)).extracting(NationalRounds.Case::caseNumber)
                .containsExactlyInAnyOrderElementsOf(selected);
        rounds.put(DRA, YEAR, round, NationalRounds.COMMITTEE, selected);
        List<NationalRoundService.CaseDecision> committee = selected.stream().map(n -> byProvince.values().stream()
                .anyMatch(numbers -> numbers.get(3).equals(n))
                        ? new NationalRoundService.CaseDecision(n, false, false, "ยังไม่เป็นแบบอย่าง")
                        : new NationalRoundService.CaseDecision(n, true, false, null)).toList();
        assertThatThrownBy(() -> rounds.decide(DRA, YEAR, round, NationalRounds.COMMITTEE,
                new NationalRoundService.Decision(selectedOn.minusDays(1).toString(), null, null, committee)))
                .isInstanceOfSatisfying(FormValidationException.class,
                        e -> assertThat(e.errors()).containsKey("meetingDate"));
        rounds.decide(DRA, YEAR, round, NationalRounds.COMMITTEE,
                new NationalRoundService.Decision(LocalDate.now().toString(), null, "ตามมติที่ประชุม", committee));
        for (String province : byProvince.keySet()) {
            String key = "NAT-" + meetingOf.get(province) + "-" + ("40".equals(province) ? 2 : 1);
            Jobs.awaitDone(management, history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                    .singleResult().getId());
        }
        log.info("DRA round over 4 provincial reports (one returned once) took {} ms",
                (System.nanoTime() - started) / 1_000_000);

        for (List<String> numbers : byProvince.values()) {
            // certified at the province: 0, 1, 2, 3; 4 REVISE; 5 NOT_CERTIFIED
            assertThat(result(numbers.get(0))).isEqualTo("NOT_ENDORSED");
            assertThat(variable(numbers.get(0), "nationalRemarks")).isEqualTo("ไม่ครบเกณฑ์");
            assertThat(variable(numbers.get(1), "decidedBy")).isEqualTo(DemoAccounts.DRA_OFFICER);
            assertThat(result(numbers.get(1))).isEqualTo("ENDORSED");
            assertThat(result(numbers.get(2))).isEqualTo("ENDORSED");
            assertThat(variable(numbers.get(2), "outstandingModel")).isEqualTo(true);
            assertThat(result(numbers.get(3))).isEqualTo("NOT_ENDORSED");
            assertThat(result(numbers.get(4))).isNull();
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CaseStandIn.CASE_PROCESS)
                    .processInstanceBusinessKeyLike(numbers.get(0).substring(0, 11) + "%").count()).isZero();
        }

        // 5.2.2(5): the certified organisations of Chiang Mai, as CSV with BOM and as XLSX
        HttpResponse<byte[]> csv = api.getBytes("/api/exports/certified-organisations.csv?fiscalYear=" + YEAR
                + "&provinceCode=50", DemoAccounts.CHIANG_MAI_OFFICER, DEMO);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(5);
        assertThat(text).contains("เลขที่เรื่อง").contains(byProvince.get("50").get(2)).contains("ระดับ 3 องค์กรคุณธรรมต้นแบบ")
                .contains("เห็นชอบ").doesNotContain(byProvince.get("50").get(4))
                .contains("\"" + OrganisationType.GOVERNMENT.thai() + "\"").doesNotContain("\"GOVERNMENT\"");
        assertThat(api.getBytes("/api/exports/certified-organisations.csv?fiscalYear=" + YEAR + "&provinceCode=40",
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO).statusCode()).isEqualTo(403);
        assertThat(api.getBytes("/api/exports/certified-organisations.csv?fiscalYear=abc",
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO).statusCode()).isEqualTo(400);

        HttpResponse<byte[]> xlsx = api.getBytes("/api/exports/certified-organisations.xlsx?fiscalYear=" + YEAR,
                DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ชื่อองค์กร");
            assertThat(sheet.getLastRowNum()).isEqualTo(16);
        }
    }

    @Test
    void theRoundPageIsForDraAndAReportWithNoCaseSelectedGetsItsResultsAtOnce() {
        List<String> numbers = cases.cases("60", PAGE_YEAR, ReviewMeetings.AWAITING, 6, CaseStandIn.CASE_PROCESS);
        long meeting = certifyAtProvince("60", numbers, PAGE_YEAR);
        String key = "NAT-" + meeting + "-1";
        tasks.complete(nationalTask(key, "receiveProvincialReport").getId(), Map.of("reportDecision", "ACCEPT"));
        List<String> certified = numbers.subList(0, 4);

        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
        assertThat(officer.get("/national/rounds").statusCode()).isEqualTo(403);
        Pages dra = new Pages(port, SignIn.as(port, DemoAccounts.DRA_OFFICER, DEMO));
        assertThat(dra.get("/office?year=" + PAGE_YEAR).body()).contains("id=\"nationalRoundsLink\"");
        HttpResponse<String> refused = dra.postFrom("/national/rounds", "/national/rounds", "fiscalYear=abc");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ปีงบประมาณ");
        HttpResponse<String> opened = dra.postFrom("/national/rounds", "/national/rounds", "fiscalYear=" + PAGE_YEAR);
        assertThat(opened.statusCode()).isEqualTo(303);
        String page = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(page).matches("/national/rounds/" + PAGE_YEAR + "/\\d+/selection");
        assertThat(dra.get(page).body()).contains("pick-" + certified.get(0)).contains("pick-" + certified.get(3))
                .doesNotContain("pick-" + numbers.get(4));

        assertThat(officer.post(page + "/cases", "caseNumber=" + certified.get(0) + officer.csrfFieldOf("/"))
                .statusCode()).isEqualTo(403);
        String picked = String.join("&", certified.stream().map(n -> "caseNumber=" + n).toList());
        assertThat(dra.postFrom(page, page + "/cases", picked).statusCode()).isEqualTo(303);
        assertThat(dra.postFrom(page, page + "/cases/remove", "remove=" + certified.get(3)).statusCode()).isEqualTo(303);
        String shown = dra.get(page).body();
        assertThat(shown).contains("remove-" + certified.get(0)).doesNotContain("remove-" + certified.get(3))
                .contains("pick-" + certified.get(3));
        assertThat(dra.postFrom(page, page + "/cases", "caseNumber=" + certified.get(3)).statusCode()).isEqualTo(303);

        // refused: no date, no results; nothing is recorded and what was typed stays on the page
        String rows = String.join("&", certified.stream().map(n -> "caseNumber=" + n + "&remarks." + n + "=").toList());
        HttpResponse<String> incomplete = dra.postFrom(page, page + "/decision", rows + "&place=" + enc("ห้องประชุม 1"));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("กรุณาระบุวันที่ประชุม").contains("กรุณาเลือกผลการคัดเลือกของเรื่อง "
                + certified.get(0)).contains("value=\"ห้องประชุม 1\"");
        assertThat(waitsAt(key)).isEqualTo("awaitNationalSelection");

        // none selected, a date typed in พ.ศ.; a forged decidedBy is no field of the page
        LocalDate today = LocalDate.now();
        String typed = today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + (today.getYear() + 543);
        String none = String.join("&", certified.stream().map(n -> "caseNumber=" + n + "&approved." + n + "=NO&remarks."
                + n + "=" + enc("ยังไม่ครบเกณฑ์")).toList());
        HttpResponse<String> decided = dra.postFrom(page, page + "/decision", none + "&decidedBy=someone&meetingDate="
                + enc(typed));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(303);
        Jobs.awaitDone(management, history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                .singleResult().getId());
        for (String n : certified) {
            assertThat(result(n)).isEqualTo("NOT_ENDORSED");
            assertThat(variable(n, "decidedBy")).isEqualTo(DemoAccounts.DRA_OFFICER);
        }
        assertThat(dra.get(page).body()).contains("บันทึกผลแล้ว").contains("result-" + certified.get(0))
                .doesNotContain("id=\"decide\"");
        assertThat(dra.postFrom(page, page + "/decision", none + "&meetingDate=" + enc(typed)).statusCode()).isEqualTo(409);
    }

    @Test
    void aReturnedReportIsCorrectedByHoldingACaseBackWhichTheProvincesNextReportTakes() {
        List<String> numbers = cases.cases("50", CORRECTION_YEAR, ReviewMeetings.AWAITING, 6, CaseStandIn.CASE_PROCESS);
        long meeting = certifyAtProvince("50", numbers, CORRECTION_YEAR);
        Pages officer = new Pages(port, SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, DEMO));
        String page = "/meetings/" + meeting;
        // before DRA returns the report there is nothing to correct
        assertThat(officer.get(page).body()).doesNotContain("id=\"correction\"");
        assertThat(officer.postFrom(page, page + "/held-back", "caseNumber=" + numbers.get(1) + "&heldBackReason="
                + enc("ยังไม่พร้อม")).statusCode()).isEqualTo(409);
        tasks.complete(nationalTask("NAT-" + meeting + "-1", "receiveProvincialReport").getId(),
                Map.of("reportDecision", "RETURN", "returnRemarks", "เรื่องที่สองขาดหลักฐานขั้นที่ 9"));

        assertThat(officer.get(page).body()).contains("id=\"correction\"").contains("เรื่องที่สองขาดหลักฐานขั้นที่ 9")
                .contains("holdBack-" + numbers.get(0)).doesNotContain("holdBack-" + numbers.get(4));
        HttpResponse<String> noReason = officer.postFrom(page, page + "/held-back", "caseNumber=" + numbers.get(1)
                + "&heldBackReason=");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("กรุณากรอกเหตุผลที่ถอนเรื่องออกจากรายงาน");
        Pages bangkok = new Pages(port, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, DEMO));
        assertThat(bangkok.post(page + "/held-back", "caseNumber=" + numbers.get(1) + "&heldBackReason=x"
                + bangkok.csrfFieldOf("/")).statusCode()).isIn(403, 404);
        for (int i = 1; i < 4; i++) {
            assertThat(officer.postFrom(page, page + "/held-back", "caseNumber=" + numbers.get(i) + "&heldBackReason="
                    + enc("ขาดหลักฐานขั้นที่ 9")).statusCode()).isEqualTo(303);
        }
        // the last case stays in the report; a held case can come back before the report goes again
        assertThat(officer.postFrom(page, page + "/held-back", "caseNumber=" + numbers.get(0) + "&heldBackReason="
                + enc("ทดสอบ")).statusCode()).isEqualTo(409);
        assertThat(officer.postFrom(page, page + "/held-back/release", "caseNumber=" + numbers.get(2)).statusCode())
                .isEqualTo(303);
        assertThat(officer.postFrom(page, page + "/held-back/release", "caseNumber=" + numbers.get(3)).statusCode())
                .isEqualTo(303);
        assertThat(officer.get(page).body()).contains("heldBack-" + numbers.get(1)).doesNotContain("heldBack-" + numbers.get(2) + "\"");
        tasks.complete(reviewTask(meeting, "reviseReport").getId(), Map.of("revisionNote", "ถอนเรื่องที่สองไว้ส่งรอบหน้า"));
        tasks.complete(reviewTask(meeting, "submitReportToDra").getId(), Map.of("reportConfirmed", true));

        // round 2 leaves the held case out and tells DRA why
        Task receive = nationalTask("NAT-" + meeting + "-2", "receiveProvincialReport");
        assertThat(reportCases("NAT-" + meeting + "-2")).containsExactlyInAnyOrder(numbers.get(0), numbers.get(2),
                numbers.get(3));
        assertThat((String) tasks.getVariableLocal(receive.getId(), ReportCasesListener.NAME))
                .contains("จังหวัดถอนออกจากรายงานนี้ (1 องค์กร").contains("ขาดหลักฐานขั้นที่ 9");
        tasks.complete(receive.getId(), Map.of("reportDecision", "ACCEPT"));

        // the province's next meeting of the year reports the held case with its own
        List<String> more = cases.cases("50", CORRECTION_YEAR, ReviewMeetings.AWAITING, 6, CaseStandIn.CASE_PROCESS);
        long next = certifyAtProvince("50", more, CORRECTION_YEAR);
        assertThat(reportCases("NAT-" + next + "-1")).containsExactlyInAnyOrder(more.get(0), more.get(1), more.get(2),
                more.get(3), numbers.get(1));
        assertThat((String) tasks.getVariableLocal(nationalTask("NAT-" + next + "-1", "receiveProvincialReport").getId(),
                ReportCasesListener.NAME)).contains("ส่งเพิ่ม: จังหวัดถอนไว้จากรายงานฉบับก่อน");
    }

    private List<String> reportCases(String businessKey) {
        return jdbc.sql("""
                select n.case_number from mo.national_item n join mo.national_report r on r.id = n.report_id
                 where r.process_instance_id = ?""")
                .param(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId())
                .query(String.class).list();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Runs the province's meeting: cases 0-3 certified at levels 1, 2, 3, 3 (2 proposed outstanding), 4 REVISE, 5 NOT_CERTIFIED. */
    private long certifyAtProvince(String province, List<String> numbers) {
        return certifyAtProvince(province, numbers, YEAR);
    }

    private long certifyAtProvince(String province, List<String> numbers, int year) {
        long id = reviews.open(province, year, DemoAccounts.DRA_OFFICER);
        tasks.complete(reviewTask(id, "scheduleMeeting").getId(), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ศาลากลางจังหวัด", "meetingMembers", "คณะอนุกรรมการ 9 คน"));
        List<ReviewMeetingService.Resolution> resolutions = new ArrayList<>();
        int[] levels = {1, 2, 3, 3};
        for (int i = 0; i < 4; i++) {
            resolutions.add(new ReviewMeetingService.Resolution(numbers.get(i), "CERTIFIED", levels[i], i == 2, null));
        }
        resolutions.add(new ReviewMeetingService.Resolution(numbers.get(4), "REVISE", null, false, "ปรับแผน อ.04"));
        resolutions.add(new ReviewMeetingService.Resolution(numbers.get(5), "NOT_CERTIFIED", null, false, "ไม่ครบ"));
        reviews.resolve(id, resolutions, DemoAccounts.DRA_OFFICER);
        jdbc.sql("""
                insert into mo.review_minutes (meeting_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                values (?, 'minutes.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446'::bytea, 'test')""")
                .param(id).update();
        Task decide = reviewTask(id, "recordResolutions");
        tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true));
        Jobs.awaitDone(management, decide.getProcessInstanceId());
        tasks.complete(reviewTask(id, "submitReportToDra").getId(), Map.of("reportConfirmed", true));
        return id;
    }

    /** The one activity the report's instance waits in. */
    private String waitsAt(String businessKey) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
        return runtime.getActiveActivityIds(instance).get(0);
    }

    private Task reviewTask(long meetingId, String key) {
        return tasks.createTaskQuery().processInstanceId(meetings.find(meetingId).orElseThrow().processInstanceId())
                .taskDefinitionKey(key).singleResult();
    }

    private Task nationalTask(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    private Object result(String caseNumber) {
        return variable(caseNumber, "nationalResult");
    }

    private Object variable(String caseNumber, String name) {
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        var variable = history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
                .singleResult();
        return variable == null ? null : variable.getValue();
    }
}
