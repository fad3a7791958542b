package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import th.moralorg.reference.Decision;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Level;
import th.moralorg.reference.WaitingOn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/** Every path of organisation-case (seed 5.2.1, 5.2.2(2)–(6)) on the real engine and PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
class OrganisationCaseProcessTests {

    static final String OFFICER = "officer.50";
    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @LocalServerPort
    int port;
    @Autowired
    CaseFile file;
    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CasePositions positions;

    @BeforeEach
    void processAssertionsOnThisEngine() {
        AbstractAssertions.init(engine); // camunda-bpm-assert
    }

    @Test
    void aCaseGoesFromRegistrationToCertificationAndIntoTheNextFiscalYear() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(form);
        String coordinator = (String) form.get("coordinatorEmail");

        // 5.2.1(1): the PCO of Chiang Mai checks form อ.01
        ProcessInstance instance = instance(caseNumber);
        BpmnAwareTests.assertThat(instance).isStarted().isWaitingAt("reviewIntent");
        assertThat(caseNumber).matches("MO-" + YEAR + "-50-\\d{4}");
        assertThat(driver.status(caseNumber)).isEqualTo("REGISTERED");
        Task review = driver.task(caseNumber);
        assertThat(review.getName()).startsWith("ตรวจสอบแบบ อ.01 — โรงเรียนบ้านดอกไม้").endsWith("(" + caseNumber + ")");
        assertThat(review.getTenantId()).isEqualTo("province-50");
        assertThat(review.getDueDate()).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(review.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("pco-50"));
        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));

        // the coordinator's account, in a group of the organisation only, and the set-password link
        assertThat(driver.status(caseNumber)).isEqualTo("ACCEPTED");
        assertThat(identity.createUserQuery().userId(coordinator).count()).isEqualTo(1);
        assertThat(identity.checkPassword(coordinator, "")).isFalse();
        assertThat(events.stream(CaseNotification.class))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(CaseNotification.Kind.REGISTRATION_ACCEPTED);
                    assertThat(n.caseNumber()).isEqualTo(caseNumber);
                    assertThat((String) n.data().get("setPasswordUrl")).contains("/set-password?token=");
                });

        // 5.2.2(1): the orientation meeting, recorded by provincial-event
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("recordOrientation");
        driver.correlate("OrientationAttended", caseNumber, Map.of("orientationEventId", "EV-1"));

        // 5.2.1(2)–(4) by the coordinator
        Task vision = driver.task(caseNumber);
        assertThat(vision.getTaskDefinitionKey()).isEqualTo("sharedVision");
        assertThat(driver.status(caseNumber)).isEqualTo("IN_PROGRESS");
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));

        // the DMN proposes level 3 (all nine steps, 80 % of activities), the PCO checks completeness
        assertThat(cases.find(caseNumber).orElseThrow().proposedLevel()).isEqualTo(3);
        assertThat(driver.status(caseNumber)).isEqualTo("SUBMITTED");
        assertThat(submissions(caseNumber)).contains("O04", "O05", "O02_O03", "SHARED_VISION", "PROGRESS");
        assertThat(runtime.getVariables(driver.task(caseNumber).getExecutionId())).doesNotContainKeys(
                "planRows", "declarationText", "step1Score");
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        assertThat(driver.status(caseNumber)).isEqualTo("AWAITING_PROVINCIAL_REVIEW");

        // 5.2.2(3)–(4): the subcommittee certifies level 3, outstanding; the national bodies endorse
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED",
                "certifiedLevel", 3, "outstandingModel", true));
        assertThat(driver.status(caseNumber)).isEqualTo("PROVINCIALLY_CERTIFIED");
        // the organisation's mail names the decision and the level as th.moralorg.reference spells them
        assertThat(jdbc.sql("select body_text from mo.notification where kind = 'provincial-decision' and business_key = ?")
                .param(caseNumber).query(String.class).single())
                .contains("ผลการพิจารณา: " + Decision.CERTIFIED.thai() + "เป็น" + Level.THREE.title() + " (ระดับ 3)");
        // 5.2.2(5) right after provincial certification, while the national bodies decide (5.2.2(4))
        BpmnAwareTests.assertThat(instance).hasPassedInOrder("sharedVision", "goodnessCapital", "designActivities",
                "carryOutPlan", "lessonsLearned", "declareIntent", "selfAssess", "checkCompleteness", "nationalSteps")
                .isWaitingAt("recordNationalDatabase", "awaitNationalResult");
        assertThat(positions.of(caseNumber).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("recordNationalDatabase", WaitingOn.OFFICE);
        driver.complete(caseNumber, "recordNationalDatabase", OFFICER, Map.of("nationalDatabaseRecorded", true));
        assertThat(jdbc.sql("select recorded_by from mo.national_database_entry where case_number = ?")
                .param(caseNumber).query(String.class).single()).isEqualTo(OFFICER);
        BpmnAwareTests.assertThat(instance).isWaitingAt("nationalStepsDone", "awaitNationalResult");
        assertThat(positions.of(caseNumber).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("awaitNationalResult", WaitingOn.NATIONAL);

        // 5.2.2(4), (6): the national bodies endorse; the PCO schedules the visit, the organisation
        // hears and confirms it is ready; the year ends
        driver.correlate("NationalResult", caseNumber, Map.of("nationalResult", "ENDORSED"));
        assertThat(driver.status(caseNumber)).isEqualTo("NATIONALLY_ENDORSED");
        assertThat(cases.find(caseNumber).orElseThrow().certifiedLevel()).isEqualTo(3);
        assertThat(cases.find(caseNumber).orElseThrow().outstandingModel()).isTrue();
        BpmnAwareTests.assertThat(instance).isWaitingAt("scheduleSiteVisit", "nationalStepsDone");
        driver.complete(caseNumber, "scheduleSiteVisit", OFFICER, Forms.siteVisit(LocalDate.now().plusMonths(1)));
        assertThat(events.stream(CaseNotification.class).map(CaseNotification::kind))
                .contains(CaseNotification.Kind.SITE_VISIT_PREPARATION);
        assertThat(positions.of(caseNumber).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("confirmSiteVisit", WaitingOn.ORGANISATION);
        driver.complete(caseNumber, "confirmSiteVisit", coordinator, Forms.siteVisitReady());
        assertThat(positions.of(caseNumber).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("awaitReassessment", WaitingOn.TIME);

        // 5.2.1(5)–(6): at the invitation date the next fiscal year's case opens, linked to this one
        Job invitation = management.createJobQuery().processInstanceId(instanceOf(caseNumber)).timers().singleResult();
        assertThat(invitation.getDuedate()).isNotNull();
        management.executeJob(invitation.getId());
        Cases.CaseSummary previous = cases.find(caseNumber).orElseThrow();
        String next = jdbc.sql("select case_number from mo.organisation_case where previous_case_number = ?")
                .param(caseNumber).query(String.class).single();
        Cases.CaseSummary nextCase = cases.find(next).orElseThrow();
        assertThat(nextCase.fiscalYear()).isEqualTo(YEAR + 1);
        assertThat(nextCase.organisationId()).isEqualTo(previous.organisationId());
        assertThat(nextCase.coordinatorUserId()).isEqualTo(coordinator);
        assertThat(driver.task(next).getTaskDefinitionKey()).isEqualTo("designActivities");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        BpmnAwareTests.assertThat(instance).hasPassed("scheduleSiteVisit", "prepareSiteVisit", "confirmSiteVisit",
                        "awaitReassessment", "startReassessment")
                .isEnded();
        driver.workThroughYear(next, coordinator);
        driver.complete(next, "selfAssess", coordinator, Forms.selfAssessment(2, 9));
        assertThat(cases.find(next).orElseThrow().proposedLevel()).isEqualTo(3);
    }

    @Test
    void thePcoAsksForACorrectionAndTheOrganisationCorrectsThroughItsLink() {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));

        driver.complete(caseNumber, "reviewIntent", OFFICER,
                Map.of("intentDecision", "CORRECT", "intentRemarks", "กรุณาระบุที่อยู่ให้ครบ"));

        assertThat(driver.status(caseNumber)).isEqualTo("CORRECTION_REQUESTED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        CaseNotification mail = events.stream(CaseNotification.class)
                .filter(n -> n.caseNumber().equals(caseNumber) && n.kind() == CaseNotification.Kind.CORRECTION_NEEDED)
                .findFirst().orElseThrow();
        assertThat(mail.data().get("remarks")).isEqualTo("กรุณาระบุที่อยู่ให้ครบ");
        String correctionUrl = (String) mail.data().get("correctionUrl");
        assertThat(correctionUrl).contains("/register/correction?token=");
        String token = correctionUrl.replaceFirst(".*[?&]token=", "");
        assertThat(token).hasSizeGreaterThan(30);
        // the correction itself goes through the public API: see RegistrationApiTests
    }

    @Test
    void thePcoRejectsAnIntentWithAReason() {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));

        assertThatThrownBy(() -> driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "REJECT")))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors()).containsKey("intentRemarks"));
        driver.complete(caseNumber, "reviewIntent", OFFICER,
                Map.of("intentDecision", "REJECT", "intentRemarks", "ไม่ใช่องค์กรในเขตจังหวัด"));

        assertThat(driver.status(caseNumber)).isEqualTo("REJECTED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        assertThat(jdbc.sql("select remarks from mo.case_decision where case_number = ? and stage = 'INTENT_REVIEW'")
                .param(caseNumber).query(String.class).single()).isEqualTo("ไม่ใช่องค์กรในเขตจังหวัด");
    }

    @Test
    void anUncorrectedRegistrationClosesWhenItsWindowPasses() {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));
        driver.complete(caseNumber, "reviewIntent", OFFICER,
                Map.of("intentDecision", "CORRECT", "intentRemarks", "แนบรายชื่อผู้บริหาร"));

        Job window = management.createJobQuery().processInstanceId(instanceOf(caseNumber)).timers().singleResult();
        assertThat(window.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));
        management.executeJob(window.getId());

        assertThat(driver.status(caseNumber)).isEqualTo("WITHDRAWN");
    }

    @Test
    void revisionLoopsReturnThePackageToTheOrganisation() {
        String caseNumber = accepted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(1, 3));
        assertThat(cases.find(caseNumber).orElseThrow().proposedLevel()).isEqualTo(1);

        // the PCO finds the package incomplete
        driver.complete(caseNumber, "checkCompleteness", OFFICER,
                Map.of("completenessDecision", "REVISE", "completenessRemarks", "แนบหลักฐานขั้นที่ 4"));
        assertThat(driver.status(caseNumber)).isEqualTo("REVISION_REQUESTED");
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("selfAssess");
        // the form opens with what was sent and the remarks to act on, not empty
        Map<String, Object> reopened = formVariables(driver.task(caseNumber));
        assertThat(reopened).containsEntry("revisionRemarks", "แนบหลักฐานขั้นที่ 4")
                .containsEntry("step1Score", "1").containsEntry("behaviourChange",
                        String.valueOf(Forms.selfAssessment(1, 3).get("behaviourChange")))
                .containsKey("step1Evidence").doesNotContainKey("totalScore");
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 6));
        assertThat(cases.find(caseNumber).orElseThrow().proposedLevel()).isEqualTo(2);
        assertThat(runtime.getVariables(instanceOf(caseNumber))).doesNotContainKeys("revisionRemarks", "step1Score");
        // the check opens blank: the last round's decision and remarks are not carried into this one
        assertThat(formVariables(driver.task(caseNumber))).doesNotContainKeys("completenessDecision",
                "completenessRemarks");
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        assertThat(jdbc.sql("""
                select remarks is null from mo.case_decision where case_number = ? and stage = 'COMPLETENESS'
                order by id desc limit 1""").param(caseNumber).query(Boolean.class).single())
                .as("no remarks of the last round").isTrue();

        // the subcommittee asks for a revision, then does not certify
        driver.correlate("ProvincialDecision", caseNumber,
                Map.of("provincialDecision", "REVISE", "provincialRemarks", "ควรมีหลักฐานการเปลี่ยนแปลงพฤติกรรม"));
        assertThat(driver.status(caseNumber)).isEqualTo("REVISION_REQUESTED");
        assertThat(formVariables(driver.task(caseNumber))).containsEntry("revisionRemarks",
                "ควรมีหลักฐานการเปลี่ยนแปลงพฤติกรรม").containsEntry("step1Score", "2");
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 6));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "NOT_CERTIFIED"));

        assertThat(driver.status(caseNumber)).isEqualTo("NOT_CERTIFIED");
        assertThat(management.createJobQuery().processInstanceId(instanceOf(caseNumber)).timers().count())
                .as("re-assessment invitation still comes").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mo.case_decision where case_number = ?").param(caseNumber)
                .query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void aDecisionOutsideTheContractIsRefusedAndChangesNothing() {
        String caseNumber = accepted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));

        assertThatThrownBy(() -> driver.correlate("ProvincialDecision", caseNumber,
                Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 7)))
                .satisfies(CaseDriver::invalid);
        assertThatThrownBy(() -> driver.correlate("ProvincialDecision", caseNumber,
                Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 2, "outstandingModel", true)))
                .satisfies(CaseDriver::invalid);

        assertThat(driver.status(caseNumber)).isEqualTo("AWAITING_PROVINCIAL_REVIEW");
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName("ProvincialDecision").count()).isEqualTo(1);
    }

    @Test
    void badFormDataIsRefusedFieldByFieldAndNothingIsSaved() {
        String caseNumber = accepted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        Map<String, Object> bad = new HashMap<>(Forms.sharedVision());
        bad.put("participationPercent", 140);
        bad.put("targetVirtues", java.util.List.of("GREED"));
        bad.remove("goodToDo");

        assertThatThrownBy(() -> driver.complete(caseNumber, "sharedVision", coordinator, bad))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors())
                        .containsOnlyKeys("participationPercent", "targetVirtues", "goodToDo")
                        .containsEntry("goodToDo", "กรุณากรอกความดีที่อยากทำ"));
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("sharedVision");
        assertThat(submissions(caseNumber)).doesNotContain("SHARED_VISION");

        driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        Map<String, Object> badRow = new HashMap<>(Forms.planRow("x"));
        badRow.put("problem", "");
        badRow.put("budget", -5);
        Map<String, Object> badPlan = Forms.plan(java.util.List.of(badRow));
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        assertThatThrownBy(() -> driver.complete(caseNumber, "designActivities", coordinator, badPlan))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors())
                        .containsKeys("planRows[0].problem", "planRows[0].budget"));
        Map<String, Object> badScores = new HashMap<>(Forms.selfAssessment(2, 8));
        badScores.put("step4Score", "3");
        badScores.put("successActivitiesAchieved", 11);
        driver.workThroughYear(caseNumber, coordinator);
        assertThatThrownBy(() -> driver.complete(caseNumber, "selfAssess", coordinator, badScores))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors())
                        .containsOnlyKeys("step4Score", "successActivitiesAchieved"));
    }

    @Test
    void whomTheOrganisationHonoursIsRecordedPerPersonOrTeamWithWhatTheyDid() {
        String caseNumber = accepted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        driver.complete(caseNumber, "designActivities", coordinator, Forms.plan());
        driver.complete(caseNumber, "carryOutPlan", coordinator, Forms.progress());

        // nobody honoured, a row without what they did, a kind that is neither
        assertThatThrownBy(() -> driver.complete(caseNumber, "lessonsLearned", coordinator, Map.of("lessons", "ภูมิใจ")))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors()).containsKey("honour1Name"));
        assertThatThrownBy(() -> driver.complete(caseNumber, "lessonsLearned", coordinator, Map.of("lessons", "ภูมิใจ",
                "honour1Kind", "PERSON", "honour1Name", "นายดี ใจงาม", "honour2Kind", "CLUB", "honour2Name", "ชมรม")))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors())
                        .containsOnlyKeys("honour1Deed", "honour2Kind", "honour2Deed"));
        assertThat(submissions(caseNumber)).doesNotContain("LESSONS");

        // an API client's list; a person and a team, each with what they did
        driver.complete(caseNumber, "lessonsLearned", coordinator, Map.of("lessons", "ภูมิใจ", "honours", java.util.List.of(
                Map.of("kind", "PERSON", "name", "นายดี ใจงาม", "deed", "ดูแลผู้สูงอายุในชุมชนทุกสัปดาห์"),
                Map.of("kind", "TEAM", "name", "ทีมจิตอาสาชั้น ป.6", "deed", "เก็บขยะรอบโรงเรียน"))));
        String stored = jdbc.sql("select data::text from mo.form_submission where case_number = ? and form_code = 'LESSONS'")
                .param(caseNumber).query(String.class).single();
        assertThat(stored).contains("\"kind\": \"PERSON\"", "ดูแลผู้สูงอายุในชุมชนทุกสัปดาห์", "\"kind\": \"TEAM\"")
                .doesNotContain("honour1");
        // the case file reads each as name (person or team): what they did
        assertThat(file.read(caseNumber, java.util.Set.of("pco-50")).orElseThrow().forms().toString())
                .contains("นายดี ใจงาม (บุคคล): ดูแลผู้สูงอายุในชุมชนทุกสัปดาห์",
                        "ทีมจิตอาสาชั้น ป.6 (ทีมหรือกลุ่มงาน): เก็บขยะรอบโรงเรียน");
    }

    @Test
    void theReviewerSeesWhereTheSelfScoresDisagreeWithTheOrganisationsOwnEntries() {
        String caseNumber = accepted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        Map<String, Object> fewTookPart = new HashMap<>(Forms.sharedVision());
        fewTookPart.put("participationPercent", 50);
        driver.complete(caseNumber, "sharedVision", coordinator, fewTookPart);
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        driver.complete(caseNumber, "designActivities", coordinator, Forms.plan());
        driver.complete(caseNumber, "carryOutPlan", coordinator, Forms.progress());
        driver.complete(caseNumber, "lessonsLearned", coordinator, Forms.lessons());
        Map<String, Object> fewSigned = new HashMap<>(Forms.declaration());
        fewSigned.put("membersSignedPercent", 60);
        driver.complete(caseNumber, "declareIntent", coordinator, fewSigned);
        // full scores everywhere, 6 of 10 activities achieved: accepted, the level is the decision's
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 6));

        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("checkCompleteness");
        // as Tasklist shows it: the Markdown's escapes read as the characters they escape
        String shown = ((String) tasks.getVariableLocal(driver.task(caseNumber).getId(), CaseFactsListener.FILE))
                .replace("\\", "");
        assertThat(shown).contains("ข้อสังเกต: คะแนนประเมินตนเองไม่สอดคล้องกับข้อมูลที่องค์กรกรอก",
                "ขั้นที่ 1 ให้คะแนน 2 แต่ อ.05 มีผู้บริหารลงนามร้อยละ 100 สมาชิกลงนามร้อยละ 60",
                "ขั้นที่ 2 ให้คะแนน 2 แต่สัดส่วนผู้ร่วมกำหนดคุณธรรมเป้าหมายคือร้อยละ 50",
                "ขั้นที่ 4 ให้คะแนน 2 แต่ อ.03 บรรลุเป้าหมาย 6 จาก 10 กิจกรรม (ร้อยละ 60");
        String page = new Pages(port, SignIn.as(port, "officer.50", "demo"))
                .get("/cases/" + caseNumber).body();
        assertThat(page).contains("id=\"score-flags\"", "สมาชิกลงนามร้อยละ 60", "ร่วมกำหนดตั้งแต่ร้อยละ 80");
    }

    @Test
    void theCoordinatorWorksOnlyTheirOwnOrganisationsTasks() {
        String ours = accepted();
        String theirs = accepted();
        String ourCoordinator = cases.find(ours).orElseThrow().coordinatorUserId();
        Task theirTask = driver.task(theirs);

        driver.as(ourCoordinator, () -> {
            assertThat(tasks.createTaskQuery().taskId(theirTask.getId()).count()).isZero();
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ours).count()).isEqualTo(1);
        });
        assertThatThrownBy(() -> driver.as(ourCoordinator, () -> tasks.complete(theirTask.getId(), Forms.sharedVision())))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThatThrownBy(() -> driver.as("officer.10", () -> tasks.complete(theirTask.getId(), Forms.sharedVision())))
                .hasMessageContaining("tenant");
    }

    @Test
    void aFormCannotMoveATaskToAnotherGroup() {
        String caseNumber = accepted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        Map<String, Object> sneaky = new HashMap<>(Forms.sharedVision());
        sneaky.put("coordinatorGroup", "pco-10");
        sneaky.put("provinceCode", "10");

        sneaky.put("outstandingModel", true);
        sneaky.put("fiscalYear", "next year");

        driver.complete(caseNumber, "sharedVision", coordinator, sneaky);

        Task next = driver.task(caseNumber);
        assertThat(tasks.getIdentityLinksForTask(next.getId()))
                .allSatisfy(link -> assertThat(link.getGroupId()).startsWith("org-"));
        assertThat(next.getTenantId()).isEqualTo("province-50");
        assertThat(runtime.getVariables(next.getExecutionId())).doesNotContainKey("outstandingModel")
                .containsEntry("fiscalYear", YEAR).containsEntry("provinceCode", "50");

        // the pre-set flag does not make the organisation an outstanding model
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        driver.workThroughYear(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 9));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 3));
        assertThat(cases.find(caseNumber).orElseThrow().outstandingModel()).isFalse();
    }

    @Test
    void aCoordinatorWhoseAddressIsNoUserIdGetsOneAllTheSame() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        form.put("coordinatorEmail", "somsri+moral" + System.nanoTime() + "@example.org");
        String caseNumber = driver.register(form);

        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));

        Cases.CaseSummary c = cases.find(caseNumber).orElseThrow();
        assertThat(c.coordinatorUserId()).isEqualTo("coordinator-" + c.organisationId());
        assertThat(identity.createUserQuery().userId(c.coordinatorUserId()).singleResult().getEmail())
                .isEqualTo(form.get("coordinatorEmail"));
    }

    @Test
    void theSameOrganisationCannotRegisterTwiceForOneFiscalYear(@Autowired RegistrationService registrations) {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String first = driver.register(form);
        Map<String, Object> again = new HashMap<>(form);
        again.put("organisationName", "  " + ((String) form.get("organisationName")).toUpperCase() + " ");

        var outcome = registrations.register(again);

        assertThat(outcome).isEqualTo(new RegistrationService.Outcome.Duplicate(first, YEAR));
        // next fiscal year: Chiang Mai's preparation has not opened registration yet (seed 5.1.4)
        again.put("fiscalYear", YEAR + 1);
        assertThat(registrations.register(again)).isInstanceOfSatisfying(RegistrationService.Outcome.Invalid.class,
                invalid -> assertThat(invalid.errors().get("provinceCode")).contains("ยังไม่เปิดรับ"));
    }

    /** A case accepted by Chiang Mai whose orientation is recorded: the coordinator's first step waits. */
    private String accepted() {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));
        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-12-01"));
        return caseNumber;
    }

    @Test
    void theNationalBodiesDoNotEndorseBeforeTheDatabaseEntryAndTheYearClosesOnceItIsMade() {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(form);
        String coordinator = (String) form.get("coordinatorEmail");
        ProcessInstance instance = instance(caseNumber);
        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.correlate("OrientationAttended", caseNumber, Map.of("orientationEventId", "EV-2"));
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(1, 5));
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 1));

        // 5.2.2(4): the national bodies do not endorse the province's certification, the entry still open
        driver.correlate("NationalResult", caseNumber, Map.of("nationalResult", "NOT_ENDORSED"));

        assertThat(driver.status(caseNumber)).isEqualTo("NATIONALLY_NOT_ENDORSED");
        BpmnAwareTests.assertThat(instance).hasPassed("nationalDecided", "nationalResultDone")
                .isWaitingAt("recordNationalDatabase", "nationalStepsDone");
        assertThat(positions.of(caseNumber).orElseThrow()).extracting(CasePosition::stage, CasePosition::waitingOn)
                .containsExactly("recordNationalDatabase", WaitingOn.OFFICE);

        // 5.2.2(5): the province's certification stands, so the PCO still enters it; then the year closes
        driver.complete(caseNumber, "recordNationalDatabase", OFFICER, Map.of("nationalDatabaseRecorded", true));
        BpmnAwareTests.assertThat(instance).hasPassed("nationalStepsDone", "yearDone")
                .hasNotPassed("scheduleSiteVisit", "prepareSiteVisit").isWaitingAt("awaitReassessment");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(jdbc.sql("select count(*) from mo.national_database_entry where case_number = ?")
                .param(caseNumber).query(Long.class).single()).isOne();
        assertThat(events.stream(CaseNotification.class).filter(n -> n.caseNumber().equals(caseNumber))
                .map(CaseNotification::kind)).contains(CaseNotification.Kind.NATIONAL_RESULT)
                .doesNotContain(CaseNotification.Kind.SITE_VISIT_PREPARATION);
    }

    /** What Tasklist gives the task's form: the variables it can see. */
    private Map<String, Object> formVariables(Task task) {
        return engine.getFormService().getTaskFormVariables(task.getId());
    }

    private ProcessInstance instance(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String instanceOf(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private java.util.List<String> submissions(String caseNumber) {
        return jdbc.sql("select form_code from mo.form_submission where case_number = ?").param(caseNumber)
                .query(String.class).list();
    }
}
