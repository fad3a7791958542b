package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** The engine's errors a person meets in a day, answered in Thai by Camunda's HTTP API. */
@IntegrationTest
class EngineErrorsInThaiTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECOND_OFFICER = "officer2.50";
    static final String PASSWORD = "Officer2-50demo";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseDriver driver;

    Api api;

    @BeforeEach
    void secondOfficerOfChiangMai() {
        api = new Api(port);
        if (identity.createUserQuery().userId(SECOND_OFFICER).count() == 0) {
            User user = identity.newUser(SECOND_OFFICER);
            user.setFirstName("สมศรี");
            user.setLastName("ทดสอบ");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(SECOND_OFFICER, ProvinceTenants.officerGroupOf("50"));
        }
    }

    /** Other tests count Chiang Mai's officers: the second one lives only as long as a test here. */
    @AfterEach
    void noSecondOfficerAfterwards() {
        identity.deleteUser(SECOND_OFFICER);
    }

    @Test
    void aTaskAnotherOfficerAlreadyClaimedIsRefusedInThai() throws Exception {
        Task task = driver.task(driver.register(
                CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear())));
        String claim = "/engine-rest/task/" + task.getId() + "/claim";
        assertThat(api.postJson(claim, "{\"userId\":\"" + DemoAccounts.CHIANG_MAI_OFFICER + "\"}",
                DemoAccounts.CHIANG_MAI_OFFICER, "demo").statusCode()).isEqualTo(204);

        HttpResponse<String> second = api.postJson(claim, "{\"userId\":\"" + SECOND_OFFICER + "\"}", SECOND_OFFICER, PASSWORD);

        assertThat(second.statusCode()).isGreaterThanOrEqualTo(400);
        JsonNode error = JSON.readTree(second.body());
        assertThat(error.get("message").asText()).isEqualTo("งานนี้มีผู้อื่นรับไปดำเนินการแล้ว กรุณาโหลดรายการงานใหม่");
        assertThat(error.get("type").asText()).isEqualTo("TaskAlreadyClaimedException");
    }

    @Test
    void aFormRefusedByTheServerSaysWhatIsWrongInThaiWithoutTheEnginesWrapping() throws Exception {
        Task task = driver.task(driver.register(
                CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear())));
        HttpResponse<String> refused = api.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
                JSON.writeValueAsString(Map.of("variables", Map.of("intentDecision", Map.of("value", "MAYBE")))),
                DemoAccounts.CHIANG_MAI_OFFICER, "demo");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.get("message").asText()).startsWith("ข้อมูลในแบบฟอร์มไม่ถูกต้อง: ").doesNotContain("ENGINE-", "Exception");
        assertThat(error.get("errors").fieldNames()).toIterable().contains("intentDecision");
    }

    @Test
    void aTaskThatIsGoneIsExplainedInThaiAndSuccessfulAnswersPassUntouched() throws Exception {
        HttpResponse<String> gone = api.postJson("/engine-rest/task/no-such-task/complete", "{}",
                DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        assertThat(gone.statusCode()).isBetween(400, 499);
        assertThat(JSON.readTree(gone.body()).get("message").asText()).startsWith("ไม่พบงานนี้");

        HttpResponse<String> count = api.get("/engine-rest/task/count", DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(count.body()).get("count").asLong()).isPositive();
        assertThat(count.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
    }
}
