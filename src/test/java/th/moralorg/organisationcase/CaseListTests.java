package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.WaitingOn;
import th.moralorg.support.IntegrationTest;

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

    /** A Thai fragment no other case has: six random consonants. */
    static String thaiFragment() {
        String letters = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    /** A registered case of {@code province} named "มูลนิธิ<fragment>ทดสอบ", at reviewIntent. */
    String register(String province, String fragment) {
        Map<String, Object> form = CaseDriver.registrationForm(province, YEAR);
        form.put("organisationName", "มูลนิธิ" + fragment + "ทดสอบ");
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
}
