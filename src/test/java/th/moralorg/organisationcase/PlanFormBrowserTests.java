package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * The organisation's plan อ.04 (seed 5.2.1(2.3)) typed into Tasklist in a Thai browser and
 * completed: one activity of the five the form offers, stored as one row of the plan.
 */
@IntegrationTest
class PlanFormBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorSubmitsThePlanInTasklist() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear());
        String coordinator = (String) form.get("coordinatorEmail");
        String caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        driver.complete(caseNumber, "recordOrientation", "officer.50", Map.of("orientationDate", "2025-11-20"));
        driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        User user = identity.createUserQuery().userId(coordinator).singleResult();
        user.setPassword("Plan2025form");
        identity.saveUser(user);
        Task task = driver.task(caseNumber);
        tasks.claim(task.getId(), coordinator);
        String base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(base, coordinator, "Plan2025form");
            browser.driver.get(base + "#/?task=" + task.getId());
            browser.wait.until(d -> !d.findElements(By.cssSelector("input[id$='row1Problem']")).isEmpty());
            browser.formSettled();
            Map<String, String> row = Map.of("row1Problem", "มาประชุมสาย", "row1Indicators", "เริ่มประชุมตรงเวลา",
                    "row1Activity", "ตรงต่อเวลาทุกการประชุม", "row1Period", "ต.ค.–ธ.ค. 2569", "row1Budget", "0",
                    "row1Owner", "ฝ่ายบริหาร", "row1Kpi", "ร้อยละ 90 เริ่มตรงเวลา");
            By virtues = By.cssSelector("input[type='radio'][id*='row1Virtue']"); // the second is วินัย
            // choosing redraws the form from what form-js has taken in so far: choose, then type,
            // until the form holds the choice and every value at once
            browser.wait.until(d -> {
                WebElement virtue = d.findElements(virtues).get(1);
                if (!virtue.isSelected()) {
                    ((JavascriptExecutor) d).executeScript("arguments[0].click();", virtue);
                    browser.formSettled();
                }
                Map<By, String> fields = new java.util.LinkedHashMap<>();
                row.forEach((field, value) -> fields.put(By.cssSelector("input[id$='" + field + "']"), value));
                browser.fillFields(fields);
                return d.findElements(virtues).get(1).isSelected();
            });
            browser.screenshot("plan-o04-filled");

            browser.click(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']"));
            browser.awaitAfterSubmit("plan-o04-not-completed",
                    () -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        }
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("carryOutPlan");
        String plan = jdbc.sql("select data::text from mo.form_submission where case_number = ? and form_code = 'O04'")
                .param(caseNumber).query(String.class).single();
        assertThat(plan).contains("มาประชุมสาย").contains("\"virtue\": \"DISCIPLINE\"").doesNotContain("row2");
    }
}
