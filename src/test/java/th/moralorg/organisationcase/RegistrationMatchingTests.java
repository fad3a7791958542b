package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.OrganisationAccess;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/**
 * A registration whose organisation name and province match an organisation that had another
 * coordinator address is flagged for the PCO, with both addresses, and joins only when the PCO
 * confirms it (docs/processes.md).
 */
@IntegrationTest
class RegistrationMatchingTests {

    static final FiscalYear THIS_YEAR = FiscalYear.containing(LocalDate.now());
    static final int YEAR = THIS_YEAR.buddhistYear();
    static final int NEXT_YEAR = THIS_YEAR.next().buddhistYear();

    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeEach
    void openNextYear() {
        jdbc.sql("""
                insert into mo.registration_window (province_code, fiscal_year, opened_by, channels, outreach_from,
                    outreach_to, organisations_reached) values ('10', ?, 'test', 'หนังสือราชการ', ?, ?, 1)
                on conflict do nothing""").params(NEXT_YEAR, LocalDate.now(), LocalDate.now()).update();
    }

    @Test
    void anotherAddressIsFlaggedWithBothAddressesAndJoinsOnlyOnThePcosConfirmation() {
        Map<String, Object> first = CaseDriver.registrationForm("10", YEAR);
        String firstCase = driver.register(first);
        assertThat(driver.task(firstCase).getDescription()).as("a new organisation is not flagged")
                .doesNotContain("มีผู้ประสานงานอยู่แล้ว");
        driver.complete(firstCase, "reviewIntent", "officer.10", Map.of("intentDecision", "ACCEPT"));
        String original = (String) first.get("coordinatorEmail");

        Map<String, Object> second = new HashMap<>(first);
        second.put("fiscalYear", NEXT_YEAR);
        second.put("organisationName", "  " + first.get("organisationName").toString().toUpperCase() + " ");
        second.put("coordinatorEmail", "someone-else-" + System.nanoTime() + "@example.org");
        String secondCase = driver.register(second);
        long organisationId = cases.find(secondCase).orElseThrow().organisationId();
        assertThat(organisationId).isEqualTo(cases.find(firstCase).orElseThrow().organisationId());

        assertThat(driver.task(secondCase).getDescription()).startsWith(
                "องค์กรนี้มีผู้ประสานงานอยู่แล้ว: " + original).contains("ผู้ส่งครั้งนี้: " + second.get("coordinatorEmail"));

        // a plain acceptance is refused: the PCO must choose
        assertThatThrownBy(() -> driver.complete(secondCase, "reviewIntent", "officer.10",
                Map.of("intentDecision", "ACCEPT")))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors()).containsKey("confirmJoinExisting"));
        assertThat(driver.task(secondCase).getTaskDefinitionKey()).isEqualTo("reviewIntent");
        String sender = (String) second.get("coordinatorEmail");
        assertThat(identity.createUserQuery().userId(sender).count()).isZero();

        driver.complete(secondCase, "reviewIntent", "officer.10",
                Map.of("intentDecision", "ACCEPT", "confirmJoinExisting", true));
        assertThat(identity.createUserQuery().userId(sender).memberOfGroup(OrganisationAccess.groupOf(organisationId))
                .count()).isEqualTo(1);
    }

    @Test
    void aFlaggedSendersCorrectionNeverRewritesTheExistingOrganisation() throws Exception {
        Map<String, Object> first = CaseDriver.registrationForm("10", YEAR);
        String firstCase = driver.register(first);
        driver.complete(firstCase, "reviewIntent", "officer.10", Map.of("intentDecision", "ACCEPT"));
        Map<String, Object> second = new HashMap<>(first);
        second.put("fiscalYear", NEXT_YEAR);
        String sender = "look-alike-" + System.nanoTime() + "@example.org";
        second.put("coordinatorEmail", sender);
        String secondCase = driver.register(second);
        driver.complete(secondCase, "reviewIntent", "officer.10",
                Map.of("intentDecision", "CORRECT", "intentRemarks", "กรุณายืนยันชื่อองค์กร"));

        String token = MailLinks.await(sender, "/register/correction\\?token=([A-Za-z0-9_-]+)");
        Map<String, Object> rewritten = new HashMap<>(second);
        rewritten.put("token", token);
        rewritten.put("organisationName", "ชื่อที่ผู้ส่งตั้งใหม่ " + System.nanoTime());
        rewritten.put("address", "ที่อยู่ที่ผู้ส่งตั้งใหม่");
        var answer = new Api(port).postJson("/api/registrations/correction",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rewritten), null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        assertThat(cases.find(firstCase).orElseThrow().organisationName()).isEqualTo(first.get("organisationName"));
        assertThat(jdbc.sql("select address from mo.organisation where id = ?")
                .param(cases.find(firstCase).orElseThrow().organisationId()).query(String.class).single())
                .isEqualTo(first.get("address"));
    }

    @Test
    void theSameCoordinatorNextYearIsNotFlagged() {
        Map<String, Object> first = CaseDriver.registrationForm("10", YEAR);
        String firstCase = driver.register(first);
        driver.complete(firstCase, "reviewIntent", "officer.10", Map.of("intentDecision", "ACCEPT"));
        Map<String, Object> second = new HashMap<>(first);
        second.put("fiscalYear", NEXT_YEAR);
        second.put("coordinatorEmail", first.get("coordinatorEmail").toString().toUpperCase());
        String secondCase = driver.register(second);
        assertThat(driver.task(secondCase).getDescription()).doesNotContain("มีผู้ประสานงานอยู่แล้ว");
        driver.complete(secondCase, "reviewIntent", "officer.10", Map.of("intentDecision", "ACCEPT"));
        assertThat(driver.status(secondCase)).isEqualTo("ACCEPTED");
    }
}
