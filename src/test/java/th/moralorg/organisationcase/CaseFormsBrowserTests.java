package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Every Camunda Form of organisation-case, rendered by Tasklist (form-js) in a Thai browser: a case
 * is driven to each task, which its worker opens (the PCO officer or the organisation's coordinator);
 * the form renders with its Thai labels, no form failure. Screenshots: target/screenshots/form-*.png.
 */
@IntegrationTest
class CaseFormsBrowserTests {

    static final String OFFICER = "officer.50";
    static final String COORDINATOR_PASSWORD = "Render2025forms";
    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    /** Task id → form file, in the order of the process. */
    static final Map<String, String> FORMS = new LinkedHashMap<>();
    static {
        FORMS.put("reviewIntent", "intent-review");
        FORMS.put("recordOrientation", "orientation-record");
        FORMS.put("sharedVision", "shared-vision");
        FORMS.put("goodnessCapital", "goodness-capital");
        // designActivities (plan-o04) and carryOutPlan (progress-report) only link to our own pages:
        // PlanPageBrowserTests opens the link from Tasklist
        FORMS.put("lessonsLearned", "lessons-learned");
        FORMS.put("declareIntent", "declaration-o05");
        FORMS.put("selfAssess", "self-assessment");
        FORMS.put("checkCompleteness", "completeness-check");
        FORMS.put("recordNationalDatabase", "national-database-entry");
        FORMS.put("scheduleSiteVisit", "site-visit-schedule");
        FORMS.put("confirmSiteVisit", "site-visit-confirmation");
    }
    static final List<String> PCO_TASKS = List.of("reviewIntent", "recordOrientation", "checkCompleteness",
            "recordNationalDatabase", "scheduleSiteVisit");

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void everyFormOfTheCaseRendersInThaiInTasklist() throws Exception {
        // one case waiting at each task, all of one (new) coordinator, each task claimed by its worker
        String coordinator = null;
        Map<String, Task> waiting = new LinkedHashMap<>();
        for (String taskKey : FORMS.keySet()) {
            Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
            if (coordinator != null) {
                form.put("coordinatorEmail", coordinator);
            }
            String caseNumber = driver.register(form);
            if (coordinator == null && !taskKey.equals("reviewIntent")) {
                coordinator = (String) form.get("coordinatorEmail");
            }
            driveTo(caseNumber, taskKey, coordinator);
            if (taskKey.equals("recordOrientation")) {
                User user = identity.createUserQuery().userId(coordinator).singleResult();
                user.setPassword(COORDINATOR_PASSWORD);
                identity.saveUser(user);
            }
            Task task = driver.task(caseNumber, taskKey);
            tasks.claim(task.getId(), PCO_TASKS.contains(taskKey) ? OFFICER : coordinator);
            waiting.put(taskKey, task);
        }

        long started = System.nanoTime();
        List<String> rendered = new ArrayList<>();
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(tasklist(), OFFICER, "demo");
            for (String taskKey : PCO_TASKS) {
                check(browser, taskKey, waiting.get(taskKey));
                rendered.add(taskKey);
            }
            browser.driver.manage().deleteAllCookies();
            browser.logInToTasklist(tasklist(), coordinator, COORDINATOR_PASSWORD);
            for (String taskKey : FORMS.keySet()) {
                if (!PCO_TASKS.contains(taskKey)) {
                    check(browser, taskKey, waiting.get(taskKey));
                    rendered.add(taskKey);
                }

            }
        }
        System.out.printf("CaseFormsBrowserTests: %d forms rendered in %d ms of browser time%n", rendered.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(rendered).containsExactlyInAnyOrderElementsOf(FORMS.keySet());
    }

    /** Opens the task, waits for its form and checks every label of the form file is shown in Thai. */
    private void check(ThaiBrowser browser, String taskKey, Task task) throws Exception {
        JsonNode schema = new ObjectMapper().readTree(
                Path.of("bpmn", "organisation-case", FORMS.get(taskKey) + ".form").toFile());
        List<String> labels = new ArrayList<>();
        collectLabels(schema.get("components"), labels);
        assertThat(labels).as(taskKey).isNotEmpty();

        browser.driver.get(tasklist() + "#/?task=" + task.getId());
        browser.wait.until(d -> !d.findElements(By.cssSelector(".fjs-form .fjs-form-field label")).isEmpty()
                || browser.pageText().contains("แบบฟอร์มผิดพลาด") || browser.pageText().contains("Form failure"));
        browser.wait.until(d -> browser.formText().contains(labels.get(labels.size() - 1)));
        browser.screenshot("form-" + taskKey);
        // and the end of the form, down to the "เสร็จสิ้น" button
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'end'});",
                browser.driver.findElement(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']")));
        browser.screenshot("form-" + taskKey + "-end");
        // the task's tenant by the province's name, not its id
        browser.wait.until(d -> browser.pageText().contains("จังหวัดเชียงใหม่"));
        assertThat(browser.pageText()).as(taskKey).doesNotContain("province-50");
        assertThat(browser.pageText()).as(taskKey).doesNotContain("แบบฟอร์มผิดพลาด", "Form failure")
                .contains(task.getName().substring(0, task.getName().indexOf(" — ")));
        assertThat(browser.formText()).as(taskKey).contains(labels);
        if (taskKey.equals("checkCompleteness")) {
            // sending back shows the parts; each part ticked shows its remark
            browser.driver.findElement(By.xpath("//label[normalize-space(.)='ส่งกลับให้องค์กรแก้ไข']")).click();
            browser.wait.until(d -> browser.formText().contains("ส่วนที่ต้องแก้ไข"));
            for (String part : List.of("แบบประเมินตนเอง อ.02 และแบบประเมินความสำเร็จ อ.03", "แผน อ.04",
                    "ประกาศเจตนารมณ์ อ.05", "หลักฐานประกอบ")) {
                browser.driver.findElement(By.xpath("//label[normalize-space(.)='" + part + "']")).click();
                browser.wait.until(d -> browser.formText().contains("ข้อสังเกต: " + part));
            }
            browser.screenshot("form-checkCompleteness-revise");
        }
        if (taskKey.equals("recordOrientation")) {
            // a date is typed as Thai people write it: day/month/Buddhist-Era year, said under the field
            assertThat(browser.formText()).contains("วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569");
        }
        // the site-visit checklists read their options from the task (the guideline, the visit's items)
        if (taskKey.equals("scheduleSiteVisit")) {
            assertThat(browser.formText()).contains("สิ่งที่นำชม: พื้นที่หรือจุดดำเนินกิจกรรมตามแผน อ.04",
                    "เอกสารที่เตรียมไว้: เอกสารสรุปผลการดำเนินงานสำหรับคณะตรวจเยี่ยม");
        }
        if (taskKey.equals("confirmSiteVisit")) {
            assertThat(browser.formText()).contains("ผู้นำเสนอและให้ข้อมูล: หัวหน้าองค์กรหรือผู้แทน")
                    .doesNotContain("เอกสารสรุปผลการดำเนินงานสำหรับคณะตรวจเยี่ยม");
        }
        assertThat(((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelectorAll('.fjs-form .fjs-form-field-error').length;")).as(taskKey)
                .isEqualTo(0L);
    }

    /** How completeness-check.form hides the parts to revise until the PCO chooses "ส่งกลับให้องค์กรแก้ไข". */
    private static final String ON_REVISE = "=completenessDecision != \"REVISE\"";

    /**
     * The labels a person sees: fields' labels, date labels, and the options of radios and
     * checklists; not those of a part the form always hides (what only API clients send).
     */
    private static void collectLabels(JsonNode components, List<String> labels) {
        for (JsonNode component : components) {
            String hide = component.path("conditional").path("hide").asText();
            // what only API clients send; the parts to revise, which show once the PCO chooses to send back
            if ("=true".equals(hide) || hide.startsWith(ON_REVISE)) {
                continue;
            }
            String type = component.path("type").asText();
            for (String property : List.of("label", "dateLabel")) {
                if (!component.path(property).asText().isBlank()) {
                    labels.add(component.path(property).asText());
                }
            }
            if (type.equals("radio") || type.equals("checklist")) {
                component.path("values").forEach(value -> labels.add(value.path("label").asText()));
            }
            if (component.has("components")) {
                collectLabels(component.get("components"), labels);
            }
        }
    }

    /** Completes the case's tasks with good data as their workers until it waits at {@code taskKey}. */
    private void driveTo(String caseNumber, String taskKey, String coordinator) {
        while (true) {
            Task task = driver.task(caseNumber);
            String at = task.getTaskDefinitionKey();
            if (at.equals(taskKey)) {
                return;
            }
            switch (at) {
                case "reviewIntent" -> driver.complete(caseNumber, at, OFFICER, Map.of("intentDecision", "ACCEPT"));
                case "recordOrientation" -> driver.complete(caseNumber, at, OFFICER,
                        Map.of("orientationDate", "2025-11-20"));
                case "sharedVision" -> driver.complete(caseNumber, at, coordinator, Forms.sharedVision());
                case "goodnessCapital" -> driver.complete(caseNumber, at, coordinator, Forms.goodnessCapital());
                case "designActivities" -> driver.complete(caseNumber, at, coordinator, Forms.plan());
                case "carryOutPlan" -> driver.complete(caseNumber, at, coordinator, Forms.progress());
                case "lessonsLearned" -> driver.complete(caseNumber, at, coordinator, Forms.lessons());
                case "declareIntent" -> driver.complete(caseNumber, at, coordinator, Forms.declaration());
                case "selfAssess" -> driver.complete(caseNumber, at, coordinator, Forms.selfAssessment(2, 8));
                case "checkCompleteness" -> {
                    driver.complete(caseNumber, at, OFFICER, Map.of("completenessDecision", "COMPLETE"));
                    driver.correlate("ProvincialDecision", caseNumber,
                            Map.of("provincialDecision", "CERTIFIED", "certifiedLevel", 3));
                }
                case "recordNationalDatabase" -> {
                    driver.complete(caseNumber, at, OFFICER, Map.of("nationalDatabaseRecorded", true));
                    driver.correlate("NationalResult", caseNumber, Map.of("nationalResult", "ENDORSED"));
                }
                case "scheduleSiteVisit" -> driver.complete(caseNumber, at, OFFICER,
                        Forms.siteVisit(java.time.LocalDate.now().plusMonths(1)));
                default -> throw new AssertionError(caseNumber + " waits at " + at);
            }
        }
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }
}
