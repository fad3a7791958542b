package th.moralorg.organisationcase;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.reference.FiscalYear;

/**
 * The local run's cases, so every inbox has work on first login: in Chiang Mai one case per stage
 * up to the PCO's completeness check, whose coordinator logs in as {@value #COORDINATOR} /
 * "demo"; in Bangkok one new registration and one awaiting the subcommittee. Created once.
 */
@Component
@Profile("demo & !prod")
@Order(110)
class DemoCases implements ApplicationRunner {

    static final String COORDINATOR = th.moralorg.identity.DemoAccounts.DEMO_COORDINATOR;

    private final CaseDriver driver;
    private final IdentityService identity;
    private final JdbcClient jdbc;

    DemoCases(CaseDriver driver, IdentityService identity, JdbcClient jdbc) {
        this.driver = driver;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from mo.organisation_case where coordinator_email = ?").param(COORDINATOR)
                .query(Integer.class).single() > 0) {
            return;
        }
        int year = FiscalYear.containing(LocalDate.now()).buddhistYear();
        String submitted = register("50", "เทศบาลตำบลสุเทพ", "LOCAL_GOVERNMENT", COORDINATOR, year);
        accept(submitted, true);
        User coordinator = identity.createUserQuery().userId(COORDINATOR).singleResult();
        coordinator.setPassword("demo");
        identity.saveUser(coordinator);
        driver.workThroughSteps(submitted, COORDINATOR);
        driver.complete(submitted, "selfAssess", COORDINATOR, Forms.selfAssessment(2, 7));

        String working = register("50", "โรงพยาบาลนครพิงค์", "GOVERNMENT", COORDINATOR, year);
        accept(working, true);
        register("50", "วัดพระสิงห์วรมหาวิหาร", "RELIGIOUS", "wat.phrasing@example.org", year);
        accept(register("50", "บริษัท ล้านนาคุณธรรม จำกัด", "PRIVATE", "lanna@example.org", year), false);

        register("10", "สำนักงานเขตพระนคร", "GOVERNMENT", "phranakhon@example.org", year);
        String bangkok = register("10", "โรงเรียนวัดสุทัศน์", "SCHOOL", "watsuthat.school@example.org", year);
        accept(bangkok, true);
        User bangkokCoordinator = identity.createUserQuery().userId("watsuthat.school@example.org").singleResult();
        driver.workThroughSteps(bangkok, bangkokCoordinator.getId());
        driver.complete(bangkok, "selfAssess", bangkokCoordinator.getId(), Forms.selfAssessment(2, 9));
        driver.complete(bangkok, "checkCompleteness", "officer.10", Map.of("completenessDecision", "COMPLETE"));
    }

    private String register(String province, String name, String type, String email, int year) {
        Map<String, Object> form = CaseDriver.registrationForm(province, year);
        form.put("organisationName", name);
        form.put("organisationType", type);
        form.put("coordinatorEmail", email);
        return driver.register(form);
    }

    /** Accepted by the province's demo officer; with {@code orientation}, the meeting recorded too. */
    private void accept(String caseNumber, boolean orientation) {
        String officer = "officer." + caseNumber.substring(8, 10);
        driver.complete(caseNumber, "reviewIntent", officer, Map.of("intentDecision", "ACCEPT"));
        if (orientation) {
            driver.complete(caseNumber, "recordOrientation", officer, Map.of("orientationDate", "2025-11-20"));
        }
    }
}
