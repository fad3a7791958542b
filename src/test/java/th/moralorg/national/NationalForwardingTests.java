package th.moralorg.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.OrganisationType;
import th.moralorg.review.ReviewMeetingService;
import th.moralorg.review.ReviewMeetings;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;
import th.moralorg.validation.FormValidationException;

/** Seed 5.2.2(4)-(5): a DRA round over several provinces' reports, then the certified list exported. */
@IntegrationTest
class NationalForwardingTests {

    private static final Logger log = LoggerFactory.getLogger(NationalForwardingTests.class);
    private static final String DEMO = "demo";
    private static final int YEAR = 2583;

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

            List<String> numbers = byProvince.get(province);
            Task selection = nationalTask(key, "recordNationalSelection");
            // numbers.get(2) is level 3 (see certifyAtProvince); numbers.get(1) is level 2
            assertThatThrownBy(() -> tasks.complete(selection.getId(), Map.of("selectionDate", LocalDate.now().toString(),
                    "outstandingCases", numbers.get(1) + "\nMO-0000-00-0000")))
                    .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("ไม่อยู่ในรายงานนี้")
                    .hasMessageContaining("ระดับ 3");
            tasks.complete(selection.getId(), Map.of("selectionDate", LocalDate.now().toString(),
                    "notSelectedCases", numbers.get(0), "outstandingCases", numbers.get(2)));
            // the committee's task says which cases were selected
            assertThat((String) tasks.getVariableLocal(nationalTask(key, "recordNationalCommittee").getId(),
                    ReportCasesListener.NAME)).contains(numbers.get(0).replace("-", "\\-") + "](/cases/")
                    .contains("; ไม่ผ่านการคัดเลือก").contains("; ผ่านการคัดเลือก");
            Task committee = nationalTask(key, "recordNationalCommittee");
            tasks.complete(committee.getId(), Map.of(
                    "committeeDate", LocalDate.now().toString(), "notEndorsedCases", numbers.get(3) + ", " + numbers.get(0),
                    "committeeRemarks", "ตามมติที่ประชุม"));
            Jobs.awaitDone(management, committee.getProcessInstanceId());
        }
        log.info("DRA round over 4 provincial reports (one returned once) took {} ms",
                (System.nanoTime() - started) / 1_000_000);

        for (List<String> numbers : byProvince.values()) {
            // certified at the province: 0, 1, 2, 3; 4 REVISE; 5 NOT_CERTIFIED
            assertThat(result(numbers.get(0))).isEqualTo("NOT_ENDORSED");
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

    /** Runs the province's meeting: cases 0-3 certified at levels 1, 2, 3, 3 (2 proposed outstanding), 4 REVISE, 5 NOT_CERTIFIED. */
    private long certifyAtProvince(String province, List<String> numbers) {
        long id = reviews.open(province, YEAR, DemoAccounts.DRA_OFFICER);
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
