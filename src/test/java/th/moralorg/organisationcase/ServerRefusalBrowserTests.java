package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * What the server refuses after the browser let it through reaches the officer in Thai, in
 * Tasklist, and nothing is saved: a Common-Era year typed by habit into a date field that takes
 * พ.ศ. (seed 5.2.2(1), recording an organisation's orientation) is asked about, never shifted;
 * corrected, it goes through and is stored as the ISO date.
 */
@IntegrationTest
class ServerRefusalBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommonEraYearOfHabitIsAskedAboutInThaiAndTheCorrectedFormGoesThrough() throws Exception {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear()));
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        Task task = driver.task(caseNumber);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("recordOrientation");
        tasks.claim(task.getId(), "officer.50");
        String base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        String label = "วันที่องค์กรเข้าร่วมประชุมชี้แจง";
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(base, "officer.50", "demo");
            browser.driver.get(base + "#/?task=" + task.getId());
            browser.visible(By.id(browser.fieldLabelled(label).getAttribute("id")));
            browser.formSettled();
            browser.fill(Map.of(label, "1/12/2025"));
            browser.click(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']"));
            browser.wait.until(d -> browser.pageText().contains("เป็นปีคริสต์ศักราชหรือไม่"));
            browser.screenshot("server-refusal");
            // the officer reads our message only, not the engine's English wrapping of it
            assertThat(browser.pageText()).contains("วันที่เข้าร่วมประชุมชี้แจง: ปี 2025 เป็นปีคริสต์ศักราชหรือไม่ ถ้าใช่ ตรงกับ พ.ศ. 2568"
                    + " กรุณากรอกปีเป็น พ.ศ. เช่น 1/12/2568")
                    .doesNotContain("ENGINE-", "Cannot submit", "TaskListener", "Exception");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("nothing saved").isOne();

            // in พ.ศ. the same form goes through
            browser.fill(Map.of(label, "1/12/2568"));
            browser.click(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']"));
            browser.awaitAfterSubmit("server-refusal-then-fixed",
                    () -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        }
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("sharedVision");
        assertThat(jdbc.sql("""
                select data->>'orientationDate' from mo.form_submission where case_number = ? order by id desc limit 1""")
                .param(caseNumber).query(String.class).single()).isEqualTo("2025-12-01");
    }
}
