package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
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

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    @Test
    void fromThePublicPageToCertificationByHttpOnly() throws Exception {
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
        String token = MailLinks.await(coordinator, "set-password\\.html#([A-Za-z0-9_-]+)");
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

        // the PCO finds the package complete; the subcommittee and the national bodies decide
        JsonNode completeness = onlyTask(api, caseNumber, OFFICER, "demo");
        assertThat(completeness.get("taskDefinitionKey").asText()).isEqualTo("checkCompleteness");
        complete(api, completeness, OFFICER, "demo", Map.of("completenessDecision", value("COMPLETE")));
        runtime.createMessageCorrelation("ProvincialDecision").processInstanceBusinessKey(caseNumber)
                .setVariable("provincialDecision", "CERTIFIED").setVariable("certifiedLevel", 2).correlate();
        runtime.createMessageCorrelation("NationalResult").processInstanceBusinessKey(caseNumber)
                .setVariable("nationalResult", "ENDORSED").correlate();
        complete(api, onlyTask(api, caseNumber, OFFICER, "demo"), OFFICER, "demo",
                Map.of("nationalDatabaseRecorded", value(true)));

        // the organisation heard of each hand-off by mail, in Thai
        assertThat(TestMail.to(coordinator)).extracting(m -> m.getSubject()).anySatisfy(
                subject -> assertThat(subject).contains(caseNumber)).hasSizeGreaterThanOrEqualTo(5);

        JsonNode status = JSON.readTree(api.get("/api/cases/" + caseNumber, coordinator, PASSWORD).body());
        assertThat(status.get("status").asText()).isEqualTo("NATIONALLY_ENDORSED");
        assertThat(status.get("proposedLevel").asInt()).isEqualTo(2);
        assertThat(status.get("certifiedLevel").asInt()).isEqualTo(2);
    }

    private static JsonNode onlyTask(Api api, String caseNumber, String user, String password) throws Exception {
        HttpResponse<String> response = api.get("/engine-rest/task?maxResults=5&processInstanceBusinessKey="
                + caseNumber, user, password);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tasks = JSON.readTree(response.body());
        assertThat(tasks).as(user + " sees one task of " + caseNumber).hasSize(1);
        return tasks.get(0);
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
