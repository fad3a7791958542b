package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.notification.SlaScanner;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestClock;

/**
 * Due dates, reminders and escalation of the case's tasks (moralorg.sla in application.yaml), by
 * moving the application's clock: the PCO is reminded, then the office's head is told; the
 * coordinator is reminded, then the province's officers are told.
 */
@IntegrationTest
class CaseRemindersTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @Autowired
    CaseDriver driver;
    @Autowired
    SlaScanner sla;
    @Autowired
    TestClock clock;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUncheckedRegistrationRemindsThePcoThenEscalatesToTheOfficesHead() {
        String head = headOfChiangMai();
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));
        assertThat(driver.task(caseNumber).getDueDate()).isNotNull();

        clock.advance(Duration.ofDays(4));
        sla.scan();
        assertThat(notices(caseNumber)).isEmpty();

        clock.advance(Duration.ofDays(2));
        sla.scan();
        sla.scan();
        assertThat(notices(caseNumber)).containsExactly("sla-reminder officer.50@example.org");

        clock.advance(Duration.ofDays(5));
        sla.scan();
        assertThat(notices(caseNumber)).containsExactly("sla-reminder officer.50@example.org", "escalation " + head);
    }

    @Test
    void aSlowOrganisationIsRemindedThenItsProvinceIsTold() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", "officer.50", Map.of("orientationDate", "2025-12-01"));

        clock.advance(Duration.ofDays(11));
        sla.scan();
        assertThat(notices(caseNumber)).containsExactly("sla-reminder " + form.get("coordinatorEmail"));

        clock.advance(Duration.ofDays(20));
        sla.scan();
        assertThat(notices(caseNumber)).contains("escalation officer.50@example.org");
    }

    private List<String> notices(String caseNumber) {
        return jdbc.sql("""
                select kind || ' ' || recipient from mo.notification
                where business_key = ? and kind in ('sla-reminder', 'escalation') order by id""")
                .param(caseNumber).query(String.class).list();
    }

    /** A member of pco-50-head, the group escalations of Chiang Mai's office go to. */
    private String headOfChiangMai() {
        String id = "head.50." + System.nanoTime();
        User head = identity.newUser(id);
        head.setFirstName("วัฒนธรรมจังหวัด");
        head.setLastName("เชียงใหม่");
        head.setEmail(id + "@example.org");
        head.setPassword("head-of-office-1");
        identity.saveUser(head);
        identity.createMembership(id, "pco-50-head");
        return head.getEmail();
    }
}
