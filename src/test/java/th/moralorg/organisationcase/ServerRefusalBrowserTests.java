package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * What the server refuses after the browser let it through reaches the officer in Thai, in
 * Tasklist, and nothing is saved: a Buddhist-Era year typed by habit into a date field
 * (seed 5.2.2(1), recording an organisation's orientation); corrected, it goes through.
 */
@IntegrationTest
class ServerRefusalBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    TaskService tasks;

    @Test
    void aBuddhistEraYearIsRefusedInThaiAndTheCorrectedFormGoesThrough() throws Exception {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear()));
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        Task task = driver.task(caseNumber);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("recordOrientation");
        tasks.claim(task.getId(), "officer.50");
        String base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(base, "officer.50", "demo");
            browser.driver.get(base + "#/?task=" + task.getId());
            browser.visible(By.cssSelector(".fjs-datepicker input.fjs-input"));
            browser.formSettled();
            // the year of habit (Buddhist Era) in the order the field asks for
            browser.typeDate(browser.driver.findElement(By.cssSelector(".fjs-datepicker input.fjs-input")),
                    LocalDate.now().plusYears(543));
            browser.click(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']"));
            browser.wait.until(d -> browser.pageText().contains("ปีคริสต์ศักราช"));
            browser.screenshot("server-refusal");
            // the officer reads our message only, not the engine's English wrapping of it
            assertThat(browser.pageText()).contains("วันที่เข้าร่วมประชุมชี้แจง ต้องเป็นปีคริสต์ศักราช 2000–2100")
                    .doesNotContain("ENGINE-", "Cannot submit", "TaskListener", "Exception");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("nothing saved").isOne();

            // with the year of the Common Era the same form goes through
            WebElement again = browser.driver.findElement(By.cssSelector(".fjs-datepicker input.fjs-input"));
            again.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            browser.typeDate(again, LocalDate.now());
            browser.click(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']"));
            browser.awaitAfterSubmit("server-refusal-then-fixed",
                    () -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        }
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("sharedVision");
    }
}
