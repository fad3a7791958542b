package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestMail;

/**
 * The whole journey as the people in their roles drive it: the organisation on the public API,
 * officer.50 and the coordinator on the REST API as Tasklist calls it. Only the subcommittee's
 * and the national bodies' decisions are sent straight to the engine, standing in for the
 * provincial-review and national-forwarding processes.
 */
@IntegrationTest
class CaseJourneyOverHttpTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String OFFICER = "officer.50";
    static final String PASSWORD = "ใจดีมีสุข2569";
    static final String DRA = "dra.officer";

    @LocalServerPort
    int port;

    @Test
    void fromThePublicPageToCertificationAndIntoTheNextYearByHttpOnly() throws Exception {
        Api api = new Api(port);
        int year = FiscalYear.containing(LocalDate.now()).buddhistYear();
        Map<String, Object> registration = CaseDriver.registrationForm("50", year);
        String coordinator = (String) registration.get("coordinatorEmail");

        HttpResponse<String> registered = api.postJson("/api/registrations", JSON.writeValueAsString(registration),
                null, null);
        assertThat(registered.statusCode()).isEqualTo(201);
        String caseNumber = JSON.readTree(registered.body()).get("caseNumber").asText();

        // the PCO accepts the intent in Tasklist
        JsonNode review = onlyTask(api, caseNumber, OFFICER, "demo");
        assertThat(review.get("name").asText()).contains(caseNumber);
        assertThat(api.get("/engine-rest/task/" + review.get("id").asText() + "/deployed-form", OFFICER, "demo").body())
                .contains("intentDecision");
        complete(api, review, OFFICER, "demo", Map.of("intentDecision", value("ACCEPT")));

        // the coordinator follows the link in the acceptance mail and chooses a password
        String token = MailLinks.await(coordinator, "set-password\\?token=([A-Za-z0-9_-]+)");
        assertThat(api.postJson("/api/accounts/set-password", JSON.writeValueAsString(Map.of("token", token,
                "password", PASSWORD)), null, null).statusCode()).isEqualTo(200);

        // the PCO records the orientation meeting by hand
        complete(api, onlyTask(api, caseNumber, OFFICER, "demo"), OFFICER, "demo",
                Map.of("orientationDate", value("2025-12-05")));

        // the coordinator works the steps of 5.2.1(2)–(4); a bad submission is refused with Thai messages
        JsonNode vision = onlyTask(api, caseNumber, coordinator, PASSWORD);
        HttpResponse<String> refused = api.postJson("/engine-rest/task/" + vision.get("id").asText() + "/complete",
                JSON.writeValueAsString(Map.of("variables", Map.of("participationPercent", value(150)))),
                coordinator, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").get("problemsToSolve").asText())
                .isEqualTo("กรุณากรอกปัญหาที่อยากแก้");
        complete(api, vision, coordinator, PASSWORD, typed(Forms.sharedVision()));
        for (Map<String, Object> form : List.of(Forms.goodnessCapital(), Forms.plan(), Forms.progress(),
                Forms.lessons(), Forms.declaration(), Forms.selfAssessment(2, 6))) {
            complete(api, onlyTask(api, caseNumber, coordinator, PASSWORD), coordinator, PASSWORD, typed(form));
        }

        // the PCO finds the package complete; Bangkok's officer cannot even see it
        JsonNode completeness = onlyTask(api, caseNumber, OFFICER, "demo");
        assertThat(completeness.get("taskDefinitionKey").asText()).isEqualTo("checkCompleteness");
        assertThat(JSON.readTree(api.get("/engine-rest/task?maxResults=5&processInstanceBusinessKey=" + caseNumber,
                "officer.10", "demo").body())).isEmpty();
        assertThat(api.postJson("/engine-rest/task/" + completeness.get("id").asText() + "/complete", "{}",
                "officer.10", "demo").statusCode()).isBetween(403, 404);
        complete(api, completeness, OFFICER, "demo", Map.of("completenessDecision", value("COMPLETE")));

        // 5.2.2(2)–(3): the PCO opens the subcommittee meeting, schedules it and records its resolutions
        HttpResponse<String> opened = api.postJson("/api/review-meetings",
                "{\"provinceCode\":\"50\",\"fiscalYear\":" + year + "}", OFFICER, "demo");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long meeting = JSON.readTree(opened.body()).at("/meeting/id").asLong();
        String meetingKey = "REVIEW-" + year + "-50-" + meeting;
        List<String> listed = new ArrayList<>();
        JSON.readTree(api.get("/api/review-meetings/" + meeting, OFFICER, "demo").body()).findValues("caseNumber")
                .forEach(n -> listed.add(n.asText()));
        assertThat(listed).contains(caseNumber);
        complete(api, onlyTask(api, meetingKey, OFFICER, "demo"), OFFICER, "demo", Map.of(
                "meetingDate", value(LocalDate.now().toString()), "meetingPlace", value("ศาลากลางจังหวัดเชียงใหม่"),
                "meetingMembers", value("ผู้ว่าราชการจังหวัดเชียงใหม่ ประธานอนุกรรมการ")));
        List<Map<String, Object>> resolutions = listed.stream().distinct().map(number -> number.equals(caseNumber)
                ? Map.<String, Object>of("caseNumber", number, "resolution", "CERTIFIED", "certifiedLevel", 2)
                : Map.<String, Object>of("caseNumber", number, "resolution", "CARRIED_OVER")).toList();
        HttpResponse<String> resolved = api.putJson("/api/review-meetings/" + meeting + "/resolutions",
                JSON.writeValueAsString(resolutions), OFFICER, "demo");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(api.upload("/api/review-meetings/" + meeting + "/minutes", "minutes.pdf",
                "%PDF-1.4\n% รายงานการประชุม\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), OFFICER, "demo")
                .statusCode()).isEqualTo(200);
        complete(api, onlyTask(api, meetingKey, OFFICER, "demo"), OFFICER, "demo", Map.of("resolutionsConfirmed", value(true)));
        long deadline = System.nanoTime() + 60_000_000_000L;
        String provincial;
        do {
            provincial = JSON.readTree(api.get("/api/cases/" + caseNumber, coordinator, PASSWORD).body()).get("status")
                    .asText();
        } while (!"PROVINCIALLY_CERTIFIED".equals(provincial) && System.nanoTime() < deadline && pause());
        assertThat(provincial).isEqualTo("PROVINCIALLY_CERTIFIED");
        // 5.2.2(5): the PCO records the certified case in the national database, not waiting for 5.2.2(4)
        complete(api, onlyTask(api, caseNumber, OFFICER, "demo"), OFFICER, "demo",
                Map.of("nationalDatabaseRecorded", value(true)));
        complete(api, onlyTask(api, meetingKey, OFFICER, "demo"), OFFICER, "demo", Map.of("reportConfirmed", value(true)));

        // 5.2.2(4): DRA receives the report and records both national bodies' results
        String round = "NAT-" + meeting + "-1";
        complete(api, onlyTask(api, round, DRA, "demo"), DRA, "demo", Map.of("reportDecision", value("ACCEPT")));
        // one national round on DRA's pages: the case picked onto each meeting, its result recorded once
        Pages dra = new Pages(port, SignIn.as(port, DRA, "demo"));
        HttpResponse<String> roundOpened = dra.postFrom("/national/rounds", "/national/rounds", "fiscalYear=" + year);
        assertThat(roundOpened.statusCode()).as(roundOpened.body()).isEqualTo(303);
        String selection = roundOpened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        for (String page : List.of(selection, selection.replace("/selection", "/committee"))) {
            assertThat(dra.postFrom(page, page + "/cases", "caseNumber=" + caseNumber).statusCode()).isEqualTo(303);
            HttpResponse<String> recorded = dra.postFrom(page, page + "/decision", "caseNumber=" + caseNumber
                    + "&approved." + caseNumber + "=YES&meetingDate=" + LocalDate.now());
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        }
        // the results reach the cases by the job executor
        deadline = System.nanoTime() + 60_000_000_000L;
        String national;
        do {
            national = JSON.readTree(api.get("/api/cases/" + caseNumber, coordinator, PASSWORD).body()).get("status")
                    .asText();
        } while (!"NATIONALLY_ENDORSED".equals(national) && System.nanoTime() < deadline && pause());
        // 5.2.2(6): the PCO schedules the visit, the coordinator confirms the organisation is ready
        complete(api, onlyTask(api, caseNumber, OFFICER, "demo"), OFFICER, "demo",
                typed(Forms.siteVisit(LocalDate.now().plusMonths(1))));
        complete(api, onlyTask(api, caseNumber, coordinator, PASSWORD), coordinator, PASSWORD,
                typed(Forms.siteVisitReady()));

        // the organisation heard of each hand-off by mail, in Thai
        assertThat(TestMail.to(coordinator)).extracting(m -> m.getSubject()).anySatisfy(
                subject -> assertThat(subject).contains(caseNumber)).hasSizeGreaterThanOrEqualTo(5);

        JsonNode status = JSON.readTree(api.get("/api/cases/" + caseNumber, coordinator, PASSWORD).body());
        assertThat(status.get("status").asText()).isEqualTo("NATIONALLY_ENDORSED");
        assertThat(status.get("proposedLevel").asInt()).isEqualTo(2);
        assertThat(status.get("certifiedLevel").asInt()).isEqualTo(2);

        // 5.2.1(5)–(6): on the invitation date (the administrator runs the due timer now) the next
        // fiscal year's case opens for the same coordinator, who goes on planning in Tasklist
        HttpResponse<String> timers = api.get("/engine-rest/job?maxResults=5&timers=true&processInstanceId="
                + onlyInstance(api, caseNumber), "admin", "demo");
        assertThat(JSON.readTree(timers.body())).hasSize(1);
        assertThat(api.postJson("/engine-rest/job/" + JSON.readTree(timers.body()).get(0).get("id").asText()
                + "/execute", "{}", "admin", "demo").statusCode()).isEqualTo(204);
        String nextYear = "MO-" + (year + 1) + "-50-";
        JsonNode next = JSON.readTree(api.get("/engine-rest/task?maxResults=50&processInstanceBusinessKeyLike="
                + nextYear + "%25", coordinator, PASSWORD).body());
        assertThat(next).hasSize(1);
        assertThat(next.get(0).get("taskDefinitionKey").asText()).isEqualTo("designActivities");
        assertThat(next.get(0).get("name").asText()).contains(nextYear);
    }

    private static String onlyInstance(Api api, String businessKey) throws Exception {
        JsonNode instances = JSON.readTree(api.get("/engine-rest/process-instance?maxResults=5&businessKey=" + businessKey,
                "admin", "demo").body());
        assertThat(instances).hasSize(1);
        return instances.get(0).get("id").asText();
    }

    private static JsonNode onlyTask(Api api, String businessKey, String user, String password) throws Exception {
        // decisions and results reach the cases in batches (jobs) a moment later: wait, as a person refreshes
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode tasks;
        do {
            HttpResponse<String> response = api.get("/engine-rest/task?maxResults=5&processInstanceBusinessKey="
                    + businessKey, user, password);
            assertThat(response.statusCode()).isEqualTo(200);
            tasks = JSON.readTree(response.body());
        } while (tasks.size() != 1 && System.nanoTime() < deadline && pause());
        assertThat(tasks).as(user + " sees one task of " + businessKey).hasSize(1);
        return tasks.get(0);
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(50);
        return true;
    }

    private static void complete(Api api, JsonNode task, String user, String password, Map<String, Object> variables)
            throws Exception {
        HttpResponse<String> response = api.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables)), user, password);
        assertThat(response.statusCode()).as(task.get("taskDefinitionKey").asText() + ": " + response.body())
                .isEqualTo(204);
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    /** Form data as Tasklist sends it: lists as Json variables, the rest as plain values. */
    private static Map<String, Object> typed(Map<String, Object> form) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (var entry : form.entrySet()) {
            variables.put(entry.getKey(), entry.getValue() instanceof List<?> list
                    ? Map.of("value", JSON.writeValueAsString(list), "type", "Json")
                    : value(entry.getValue()));
        }
        return variables;
    }
}
