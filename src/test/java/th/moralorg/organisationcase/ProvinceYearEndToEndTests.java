package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.Roles;
import th.moralorg.national.NationalRoundService;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;

/**
 * Real organisation cases through the real provincial-review and national-forwarding processes
 * (seed 5.2.2(3)–(5)): the subcommittee's resolutions and the national bodies' results reach each
 * case as messages, and each case moves accordingly.
 */
@IntegrationTest
class ProvinceYearEndToEndTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final String OFFICER = "officer.50";

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    java.time.Clock clock;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NationalRoundService rounds;

    @Test
    void theSubcommitteeAndTheNationalBodiesDecideRealCases() throws Exception {
        Api api = new Api(port);
        String modelCase = awaitingReview(2, 9);
        String reviseCase = awaitingReview(1, 3);

        // 5.2.2(2): the PCO opens the subcommittee meeting; the preliminary list holds the waiting cases
        HttpResponse<String> opened = api.postJson("/api/review-meetings",
                "{\"provinceCode\":\"50\",\"fiscalYear\":" + YEAR + "}", OFFICER, "demo");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long meeting = jdbc.sql("select max(id) from mo.review_meeting where province_code = '50' and fiscal_year = ?")
                .param(YEAR).query(Long.class).single();
        JsonNode list = JSON.readTree(api.get("/api/review-meetings/" + meeting, OFFICER, "demo").body());
        List<String> listed = new ArrayList<>();
        list.findValues("caseNumber").forEach(n -> listed.add(n.asText()));
        assertThat(listed).contains(modelCase, reviseCase);
        complete(meetingTask(meeting, "scheduleMeeting"), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ศาลากลางจังหวัดเชียงใหม่", "meetingMembers", "ผู้ว่าราชการจังหวัด ประธาน"));
        assertThat(mailed("subcommittee-agenda", "REVIEW-" + meeting)).contains("officer.50@example.org");

        // 5.2.2(3): resolutions per case, the minutes, then the decisions go out
        List<Map<String, Object>> resolutions = new ArrayList<>();
        for (String number : listed.stream().distinct().toList()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("caseNumber", number);
            if (number.equals(modelCase)) {
                r.putAll(Map.of("resolution", "CERTIFIED", "certifiedLevel", 3, "outstandingModel", true));
            } else if (number.equals(reviseCase)) {
                r.putAll(Map.of("resolution", "REVISE", "remarks", "ควรแนบหลักฐานการเปลี่ยนแปลงพฤติกรรม"));
            } else {
                r.put("resolution", "CARRIED_OVER");
            }
            resolutions.add(r);
        }
        HttpResponse<String> put = api.putJson("/api/review-meetings/" + meeting + "/resolutions",
                JSON.writeValueAsString(resolutions), OFFICER, "demo");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(api.upload("/api/review-meetings/" + meeting + "/minutes", "minutes.pdf",
                "%PDF-1.4\n% รายงานการประชุม\n".getBytes(StandardCharsets.UTF_8), OFFICER, "demo").statusCode())
                .isEqualTo(200);
        complete(meetingTask(meeting, "recordResolutions"), Map.of("resolutionsConfirmed", true));

        assertThat(driver.status(modelCase)).isEqualTo("PROVINCIALLY_CERTIFIED");
        assertThat(cases.find(modelCase).orElseThrow().certifiedLevel()).isEqualTo(3);
        assertThat(driver.status(reviseCase)).isEqualTo("REVISION_REQUESTED");
        assertThat(driver.task(reviseCase).getTaskDefinitionKey()).isEqualTo("selfAssess");

        // 5.2.2(4): the report to DRA, the national selection subcommittee and the national committee
        complete(meetingTask(meeting, "submitReportToDra"), Map.of("reportConfirmed", true));
        String round = "NAT-" + meeting + "-1";
        assertThat(mailed("province-inbox", round)).as("DRA hears the report arrived").contains("dra.officer@example.org");
        complete(nationalTask(round, "receiveProvincialReport"), Map.of("reportDecision", "ACCEPT"));
        // one national round (the DRA's meetings), this report's cases picked among those awaiting
        ApiCaller dra = new ApiCaller("dra.officer", Set.of(Roles.DRA));
        int nationalRound = rounds.open(dra, YEAR);
        List<String> reported = jdbc.sql("""
                select i.case_number from mo.national_item i join mo.national_report r on r.id = i.report_id
                 where r.meeting_id = ? and r.round = 1 order by i.case_number""").param(meeting).query(String.class).list();
        assertThat(reported).contains(modelCase).doesNotContain(reviseCase);
        rounds.put(dra, YEAR, nationalRound, "SELECTION", reported);
        rounds.decide(dra, YEAR, nationalRound, "SELECTION", new NationalRoundService.Decision(LocalDate.now().toString(),
                null, null, reported.stream().map(n -> new NationalRoundService.CaseDecision(n, true, n.equals(modelCase),
                        null)).toList()));
        String nationalInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(round).singleResult()
                .getId();
        rounds.put(dra, YEAR, nationalRound, "COMMITTEE", reported);
        rounds.decide(dra, YEAR, nationalRound, "COMMITTEE", new NationalRoundService.Decision(LocalDate.now().toString(),
                null, "ตามมติที่ประชุม", reported.stream().map(n -> new NationalRoundService.CaseDecision(n, true, false,
                        null)).toList()));
        Jobs.awaitDone(management, nationalInstance);

        assertThat(driver.status(modelCase)).isEqualTo("NATIONALLY_ENDORSED");
        assertThat(decidedBy(modelCase, "PROVINCIAL")).as("who recorded the resolutions").containsExactly(OFFICER);
        assertThat(decidedBy(reviseCase, "PROVINCIAL")).containsExactly(OFFICER);
        assertThat(decidedBy(modelCase, "NATIONAL")).as("who recorded the committee's meeting")
                .containsExactly("dra.officer");
        assertThat(cases.find(modelCase).orElseThrow().outstandingModel()).isTrue();
        // 5.2.2(5): the PCO's national database entry, open since the provincial certification
        driver.complete(modelCase, "recordNationalDatabase", OFFICER, Map.of("nationalDatabaseRecorded", true,
                "nationalReference", "NDB-" + YEAR + "-0042"));
        HttpResponse<String> csv = api.get("/api/exports/certified-organisations.csv?fiscalYear=" + YEAR
                + "&provinceCode=50", OFFICER, "demo");
        assertThat(csv.statusCode()).isEqualTo(200);
        // the import file: Thai names, Buddhist-Era dates, the organisation's record and the entry's reference
        String today = th.moralorg.reference.ThaiDates.numericDate(LocalDate.now(clock));
        String row = csv.body().lines().filter(l -> l.contains(modelCase)).findFirst().orElseThrow();
        assertThat(row).contains("\"วินัย, จิตอาสา\"", "\"" + today + "\"", "\"NDB-" + YEAR + "-0042\"",
                "\"" + th.moralorg.reference.Level.THREE.thai() + "\"", "\"ใช่\"")
                .doesNotContain("DISCIPLINE", "\"" + LocalDate.now().getYear() + "-");

        // 5.2.2(6)–(7): the certified organisation is invited to the goodness market, by mail
        HttpResponse<String> event = api.postJson("/api/events", JSON.writeValueAsString(Map.of("provinceCode", "50",
                "fiscalYear", YEAR, "eventType", "GOODNESS_MARKET", "title", "ตลาดนัดความดีจังหวัดเชียงใหม่",
                "plannedOn", LocalDate.now().plusDays(30).toString(), "place", "ข่วงประตูท่าแพ")), OFFICER, "demo");
        assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
        long eventId = JSON.readTree(event.body()).get("id").asLong();
        assertThat(api.postJson("/api/events/" + eventId + "/invitations",
                "{\"caseNumbers\":[\"" + modelCase + "\"]}", OFFICER, "demo").statusCode()).isEqualTo(200);
        assertThat(mailed("event-invitation", modelCase)).containsExactly(cases.find(modelCase).orElseThrow()
                .coordinatorEmail());
    }

    private List<String> decidedBy(String caseNumber, String stage) {
        return jdbc.sql("select decided_by from mo.case_decision where case_number = ? and stage = ?")
                .params(caseNumber, stage).query(String.class).list();
    }

    private List<String> mailed(String kind, String businessKey) {
        return jdbc.sql("select recipient from mo.notification where kind = ? and business_key = ?")
                .params(kind, businessKey).query(String.class).list();
    }

    /** A real Chiang Mai case that the PCO found complete, with every step scored {@code score}. */
    private String awaitingReview(int score, int achieved) {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(form);
        String coordinator = (String) form.get("coordinatorEmail");
        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-12-01"));
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(score, achieved));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        return caseNumber;
    }

    private Task meetingTask(long meeting, String key) {
        String instance = jdbc.sql("select process_instance_id from mo.review_meeting where id = ?").param(meeting)
                .query(String.class).single();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private Task nationalTask(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        assertThat(task).isNotNull();
        tasks.complete(task.getId(), variables);
        Jobs.awaitDone(management, task.getProcessInstanceId());
    }
}
