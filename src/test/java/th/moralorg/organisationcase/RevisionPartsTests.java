package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Revision of the whole package (seed 5.2.1(4), 5.2.2(2)–(3)): exactly the marked parts reopen. */
@IntegrationTest
class RevisionPartsTests {

    static final String OFFICER = "officer.50";
    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aRevisionOfThePlanAndTheDeclarationReopensExactlyThoseTwoPrefilled() {
        String caseNumber = submitted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();

        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "REVISE",
                "revisionParts", List.of("O04", "O05"), "revisionRemarkO04", "ระบุงบประมาณของกิจกรรม",
                "revisionRemarkO05", "แนบภาพการติดประกาศ"));

        assertThat(driver.status(caseNumber)).isEqualTo("REVISION_REQUESTED");
        assertThat(open(caseNumber)).containsExactlyInAnyOrder("revisePlan", "reviseDeclaration");
        Task plan = driver.task(caseNumber, "revisePlan");
        Task declaration = driver.task(caseNumber, "reviseDeclaration");
        assertThat(tasks.getIdentityLinksForTask(plan.getId())).anySatisfy(l -> assertThat(l.getGroupId())
                .isEqualTo("org-" + cases.find(caseNumber).orElseThrow().organisationId()));
        // the plan's page opens with the last version itself (PlanPageTests); the task shows the remark
        assertThat(forms.getTaskFormVariables(plan.getId()))
                .containsEntry("revisionRemarks", "ระบุงบประมาณของกิจกรรม").doesNotContainKey("planRows");
        assertThat(forms.getTaskFormVariables(declaration.getId()))
                .containsEntry("revisionRemarks", "แนบภาพการติดประกาศ")
                .containsEntry("postedAt", "หน้าอาคารเรียน").containsEntry("membersSignedPercent", 92);
        // the mail names the parts and their remarks
        String mail = jdbc.sql("select body_text from mo.notification where kind = 'returned-for-revision' and business_key = ?")
                .param(caseNumber).query(String.class).single();
        assertThat(mail).contains("แผน อ.04: ระบุงบประมาณของกิจกรรม", "ประกาศเจตนารมณ์ อ.05: แนบภาพการติดประกาศ")
                .doesNotContain("อ.02");

        Map<String, Object> newPlan = new HashMap<>(Forms.plan());
        @SuppressWarnings("unchecked")
        Map<String, Object> row = new HashMap<>(((List<Map<String, Object>>) newPlan.get("planRows")).get(0));
        row.put("budget", 5000);
        newPlan.put("planRows", List.of(row));
        driver.complete(caseNumber, "revisePlan", coordinator, newPlan);
        assertThat(open(caseNumber)).containsExactly("reviseDeclaration");
        Map<String, Object> newDeclaration = new HashMap<>(Forms.declaration());
        newDeclaration.put("postedAt", "หน้าอาคารเรียนและเว็บไซต์โรงเรียน");
        driver.complete(caseNumber, "reviseDeclaration", coordinator, newDeclaration);

        // back to the PCO, with what changed
        assertThat(open(caseNumber)).containsExactly("checkCompleteness");
        assertThat(driver.status(caseNumber)).isEqualTo("SUBMITTED");
        String file = (String) forms.getTaskFormVariables(driver.task(caseNumber).getId()).get("caseFile");
        assertThat(file).contains("ส่วนที่องค์กรแก้ไขแล้วส่งกลับมา", "0 → 5000",
                "หน้าอาคารเรียน → หน้าอาคารเรียนและเว็บไซต์โรงเรียน");
        assertThat(versions(caseNumber, "O04")).isEqualTo(2);
        assertThat(versions(caseNumber, "O05")).isEqualTo(2);
        assertThat(versions(caseNumber, "O02_O03")).as("the self-assessment was not reopened").isEqualTo(1);
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        assertThat(driver.status(caseNumber)).isEqualTo("AWAITING_PROVINCIAL_REVIEW");
    }

    @Test
    void aRevisionWithAPartButNoRemarkIsRefusedInThaiAndChangesNothing() {
        String caseNumber = submitted();

        assertThatThrownBy(() -> driver.complete(caseNumber, "checkCompleteness", OFFICER,
                Map.of("completenessDecision", "REVISE", "revisionParts", List.of("O04"))))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors())
                        .containsEntry("revisionRemarkO04", "กรุณากรอกข้อสังเกตของส่วน แผน อ.04"));
        assertThatThrownBy(() -> driver.complete(caseNumber, "checkCompleteness", OFFICER,
                Map.of("completenessDecision", "REVISE", "revisionParts", List.of())))
                .satisfies(e -> assertThat(CaseDriver.invalid(e).errors()).containsKey("revisionParts"));

        assertThat(open(caseNumber)).containsExactly("checkCompleteness");
        assertThat(driver.status(caseNumber)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from mo.case_decision where case_number = ? and stage = 'COMPLETENESS'")
                .param(caseNumber).query(Integer.class).single()).isZero();
    }

    @Test
    void theSubcommitteeMaySendBackTheEvidenceAlone() {
        String caseNumber = submitted();
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE",
                // ticked and then left: a COMPLETE keeps no parts for a later revision
                "revisionParts", List.of("O04"), "revisionRemarkO04", "ไม่ใช้"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "REVISE",
                "provincialRemarks", "หลักฐานไม่ชัดเจน", "revisionParts", "EVIDENCE",
                "revisionRemarkEvidence", "แนบภาพกิจกรรมจิตอาสา"));

        assertThat(open(caseNumber)).containsExactly("reviseEvidence");
        assertThat(forms.getTaskFormVariables(driver.task(caseNumber).getId()))
                .containsEntry("revisionRemarks", "แนบภาพกิจกรรมจิตอาสา");
        assertThat(jdbc.sql("select body_text from mo.notification where kind = 'provincial-decision' and business_key = ?")
                .param(caseNumber).query(String.class).single()).contains("หลักฐานประกอบ: แนบภาพกิจกรรมจิตอาสา");
        driver.complete(caseNumber, "reviseEvidence", coordinator, Map.of("evidenceChanges", "แนบภาพกิจกรรม 3 ภาพ"));
        assertThat(open(caseNumber)).containsExactly("checkCompleteness");
        assertThat((String) forms.getTaskFormVariables(driver.task(caseNumber).getId()).get("caseFile"))
                .contains("- → แนบภาพกิจกรรม 3 ภาพ");

        // a REVISE of the subcommittee that names no part means อ.02/อ.03, as before
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "REVISE",
                "provincialRemarks", "ทบทวนคะแนนขั้นที่ 9"));
        assertThat(open(caseNumber)).containsExactly("selfAssess");
    }

    @Test
    void tasklistsChecklistReachesTheServerAsAJsonListAndIsValidatedThere() throws Exception {
        String caseNumber = submitted();
        Api api = new Api(port);
        String task = "/engine-rest/task/" + driver.task(caseNumber).getId() + "/complete";
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> parts = Map.of("value", "[\"O04\"]", "type", "Json");

        var refused = api.postJson(task, json.writeValueAsString(Map.of("variables", Map.of(
                "completenessDecision", Map.of("value", "REVISE"), "revisionParts", parts))), OFFICER, "demo");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("กรุณากรอกข้อสังเกตของส่วน แผน อ.04");
        assertThat(open(caseNumber)).containsExactly("checkCompleteness");

        var revised = api.postJson(task, json.writeValueAsString(Map.of("variables", Map.of(
                "completenessDecision", Map.of("value", "REVISE"), "revisionParts", parts,
                "revisionRemarkO04", Map.of("value", "เพิ่มตัวชี้วัดของกิจกรรม")))), OFFICER, "demo");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(204);
        assertThat(open(caseNumber)).containsExactly("revisePlan");
    }

    /** A case whose package waits at the PCO's completeness check. */
    private String submitted() {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));
        driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-12-01"));
        String coordinator = cases.find(caseNumber).orElseThrow().coordinatorUserId();
        driver.workThroughSteps(caseNumber, coordinator);
        driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));
        return caseNumber;
    }

    private List<String> open(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    private int versions(String caseNumber, String formCode) {
        return jdbc.sql("select count(*) from mo.form_submission where case_number = ? and form_code = ?")
                .params(caseNumber, formCode).query(Integer.class).single();
    }
}
