package th.moralorg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.support.IntegrationTest;

/**
 * Seed 5.2.1(2.1) in a real Thai browser: the demo organisations' coordinator logs in to
 * Tasklist, sees only their organisations' work, and completes step 1 (shared vision) in Thai;
 * the case moves on to step 2 and the form is stored. Screenshots go to target/screenshots/.
 */
@IntegrationTest
class CoordinatorTasklistBrowserTests {

    static final String COORDINATOR = th.moralorg.identity.DemoAccounts.DEMO_COORDINATOR;
    static final String HOSPITAL = "โรงพยาบาลนครพิงค์";
    static final String PROBLEMS = "บุคลากรมาประชุมสายและทิ้งขยะไม่เป็นที่";
    static final String GOOD = "ร่วมกันทำจิตอาสาดูแลผู้ป่วยและชุมชนรอบโรงพยาบาล";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorSeesOnlyTheirOrganisationsAndCompletesTheSharedVisionInThai() throws Exception {
        Task vision = tasks.createTaskQuery().taskDefinitionKey("sharedVision").taskNameLike("%" + HOSPITAL + "%")
                .singleResult();
        assertThat(vision).as("the demo data's open shared-vision task").isNotNull();
        String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(vision.getProcessInstanceId())
                .singleResult().getBusinessKey();
        Set<String> coordinatorGroups = identity.createGroupQuery().groupMember(COORDINATOR).list().stream()
                .map(Group::getId).collect(Collectors.toSet());

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // Given the coordinator logged in to Tasklist in a Thai browser
            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            browser.signInOnThePage(COORDINATOR, "demo");

            // Then the inbox lists the organisations' steps only: no PCO work, nothing from Bangkok
            browser.clickable(By.xpath("//div[contains(@class,'task-filter')]//a[contains(., '"
                    + ThaiWebappsBrowserTests.MY_OFFICE_FILTER + "')]")).click();
            By visionLink = By.cssSelector("ol.tasks-list a[href*='" + vision.getId() + "']");
            browser.visible(visionLink);
            browser.screenshot("coordinator-01-inbox");
            assertThat(browser.pageText()).contains("ขั้นที่ 1 สร้างภาพฝันร่วมกัน — " + HOSPITAL)
                    .doesNotContain("ตรวจสอบแบบ อ.01", "บันทึกการเข้าร่วมประชุมชี้แจง", "ตรวจสอบความครบถ้วน",
                            "วัดพระสิงห์", "ล้านนาคุณธรรม", "สำนักงานเขตพระนคร", "โรงเรียนวัดสุทัศน์", "กรุงเทพ");
            List<String> listed = browser.driver.findElements(By.cssSelector("ol.tasks-list h4.task a")).stream()
                    .map(link -> link.getAttribute("href")).collect(Collectors.toList());
            assertThat(listed).isNotEmpty().allSatisfy(href -> {
                Task task = tasks.createTaskQuery().taskId(href.replaceAll(".*task=([0-9a-f-]+).*", "$1")).singleResult();
                assertThat(task.getTenantId()).as(href).isEqualTo("province-50");
                assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                        .as(task.getName()).anyMatch(coordinatorGroups::contains);
            });

            // When they open the step, claim it and fill the form in Thai
            browser.click(visionLink);
            browser.clickable(By.cssSelector("button.claim")).click();
            browser.wait.until(driver -> COORDINATOR.equals(
                    tasks.createTaskQuery().taskId(vision.getId()).singleResult().getAssignee()));
            // the claim re-renders the form a moment later; a reload shows the claimed task's form once
            browser.driver.navigate().refresh();
            WebElement problems = browser.fieldLabelled("ปัญหาที่อยากแก้");
            browser.wait.until(ExpectedConditions.elementToBeClickable(problems));
            problems.sendKeys(PROBLEMS);
            browser.fieldLabelled("ความดีที่อยากทำ").sendKeys(GOOD);
            tick(browser, "วินัย");
            tick(browser, "จิตอาสา");
            assertThat(checkbox(browser, "วินัย").isSelected()).as("วินัย still ticked").isTrue();
            WebElement percent = browser.fieldLabelled("สัดส่วนผู้บริหารและสมาชิกที่ร่วมกำหนด");

            // a percentage over 100 is refused in the browser already: form-js shows the error and
            // Tasklist keeps "เสร็จสิ้น" disabled, so it never reaches the server's check (CaseForms)
            percent.sendKeys("150", Keys.TAB);
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".fjs-form-field-error li"), "ต้องไม่เกิน 100"));
            By complete = By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']");
            assertThat(browser.driver.findElement(complete).isEnabled()).as("เสร็จสิ้น with 150 %").isFalse();
            browser.screenshot("coordinator-02-refused");

            percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".fjs-form-field-error li"), "กรุณากรอกช่องนี้"));
            percent.sendKeys("85", Keys.TAB);
            browser.screenshot("coordinator-03-form");
            browser.click(complete);

            // Then the step completes and the case waits at step 2
            browser.wait.until(driver -> tasks.createTaskQuery().taskId(vision.getId()).count() == 0);
            browser.screenshot("coordinator-04-completed");
        }

        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly("goodnessCapital");
        String stored = jdbc.sql("select data::text from mo.form_submission where case_number = ? and form_code = ?"
                + " order by version desc limit 1").param(caseNumber).param("SHARED_VISION").query(String.class).single();
        assertThat(stored).contains(PROBLEMS, GOOD, "DISCIPLINE", "VOLUNTEERING", "85");
        assertThat(jdbc.sql("select submitted_by from mo.form_submission where case_number = ? and form_code = ?")
                .param(caseNumber).param("SHARED_VISION").query(String.class).single()).isEqualTo(COORDINATOR);
    }

    /** Ticks a checklist option by its Thai label, and waits for form-js to show it ticked. */
    private static void tick(ThaiBrowser browser, String label) {
        WebElement box = checkbox(browser, label);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        browser.wait.until(ExpectedConditions.elementToBeClickable(box)).click();
        browser.wait.until(driver -> checkbox(browser, label).isSelected());
    }

    private static WebElement checkbox(ThaiBrowser browser, String label) {
        return browser.driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']//input[@type='checkbox']"
                + " | //input[@type='checkbox' and @id=//label[normalize-space(.)='" + label + "']/@for]"));
    }
}
