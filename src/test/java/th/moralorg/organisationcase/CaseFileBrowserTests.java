package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Issue 11 in a Thai browser: the officer's review of อ.01 in Tasklist shows the registration and
 * the case's facts, what the organisation typed as plain text, and one link that opens the case
 * page in the same session, where the officer reads the case and goes back to decide on the task;
 * the coordinator's home lists their case and opens their task in
 * Tasklist, whose form shows the facts too. Screenshots: target/screenshots/case-file-*.png.
 */
@IntegrationTest
class CaseFileBrowserTests {

    static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;
    static final String COORDINATOR_PASSWORD = "แฟ้มเรื่อง2569ดี";
    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    @Test
    void theTasksFormShowsWhatItDecidesOnAndOpensTheCasePageAndTheHomeOpensTheTask() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String name = "โรงเรียน *ดาวเด่น* <i>ทดสอบ</i> " + form.get("organisationName");
        form.put("organisationName", name);
        String caseNumber = driver.register(form);
        String coordinator = (String) form.get("coordinatorEmail");
        Task review = driver.task(caseNumber);
        String base = "http://localhost:" + port;
        String tasklist = base + "/camunda/app/tasklist/default/";

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.logInToTasklist(tasklist, OFFICER, "demo");
            browser.driver.get(tasklist + "#/?task=" + review.getId());
            browser.wait.until(d -> browser.formText().contains("ข้อมูลในแบบ อ.01"));
            browser.formSettled();
            String text = browser.formText();
            // the facts, the registration and what the step decides, the name exactly as typed
            assertThat(text).contains("เลขที่เรื่อง: " + caseNumber).contains("องค์กร: " + name)
                    .contains("จังหวัด: เชียงใหม่").contains("ปีงบประมาณ: " + YEAR)
                    .contains("ขั้นนี้: ตรวจข้อมูลในแบบ อ.01").contains("ชื่อองค์กร: " + name)
                    .contains("ประเภทองค์กร: สถานศึกษา").contains("จำนวนสมาชิก: 120 คน")
                    .contains("อีเมล: " + coordinator).contains("เรื่องอื่นขององค์กรนี้");
            assertThat(browser.driver.findElements(By.cssSelector(".fjs-form i, .fjs-form em"))).as("no markup typed in")
                    .isEmpty();
            List<WebElement> caseLinks = browser.driver.findElements(By.cssSelector(".fjs-form a[href*='/cases/']"));
            assertThat(caseLinks).as("exactly one link to the case page").hasSize(1);
            assertThat(caseLinks.get(0).getAttribute("href")).isEqualTo(base + "/cases/" + caseNumber);
            browser.screenshot("case-file-review-form");

            // the link opens the case page with the same sign-in (the page is another slice's: no sign-in is the point)
            String tasklistWindow = browser.driver.getWindowHandle();
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    caseLinks.get(0));
            caseLinks.get(0).click();
            browser.wait.until(d -> d.getWindowHandles().size() > 1
                    || d.getCurrentUrl().equals(base + "/cases/" + caseNumber));
            for (String window : browser.driver.getWindowHandles()) {
                if (!window.equals(tasklistWindow)) {
                    browser.driver.switchTo().window(window);
                }
            }
            browser.wait.until(d -> d.getCurrentUrl().equals(base + "/cases/" + caseNumber));
            // the case page, with the same sign-in: the organisation's อ.01 and where the case stands
            String organisation = browser.visible(By.id("organisation")).getText();
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
            assertThat(browser.driver.findElements(By.cssSelector("form.sign-in"))).isEmpty();
            assertThat(organisation).contains(name).contains("สถานศึกษา").contains("ที่อยู่");
            assertThat(browser.visible(By.id("waiting")).getText()).contains("ตรวจสอบแบบ อ.01");
            browser.screenshot("case-file-case-page");

            // back to the task, and the officer decides with the data in view
            if (!browser.driver.getWindowHandle().equals(tasklistWindow)) {
                browser.driver.close();
                browser.driver.switchTo().window(tasklistWindow);
            } else {
                browser.driver.navigate().back();
            }
            browser.wait.until(d -> browser.formText().contains("ข้อมูลในแบบ อ.01"));
            browser.clickable(By.cssSelector("button.claim")).click();
            browser.wait.until(d -> OFFICER.equals(tasks.createTaskQuery().taskId(review.getId()).singleResult()
                    .getAssignee()));
            browser.formSettled();
            assertThat(browser.formText()).contains("ชื่อองค์กร: " + name);
            By accept = By.cssSelector("input[type='radio'][id*='intentDecision']"); // the first is รับเข้าร่วม
            browser.wait.until(d -> {
                WebElement choice = d.findElements(accept).get(0);
                if (!choice.isSelected()) {
                    ((JavascriptExecutor) d).executeScript("arguments[0].click();", choice);
                    browser.formSettled();
                }
                return d.findElements(accept).get(0).isSelected();
            });
            browser.click(By.xpath("//button[@type='submit' and normalize-space(.)='เสร็จสิ้น']"));
            browser.wait.until(d -> tasks.createTaskQuery().taskId(review.getId()).count() == 0);
            browser.screenshot("case-file-review-decided");
        }
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).as("accepted in the browser")
                .isEqualTo("recordOrientation");

        // the coordinator, once accepted: their home lists the case and opens its task in Tasklist
        driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-11-20"));
        User user = identity.createUserQuery().userId(coordinator).singleResult();
        user.setPassword(COORDINATOR_PASSWORD);
        identity.saveUser(user);
        Task vision = driver.task(caseNumber);
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo(base + "/organisation", coordinator, COORDINATOR_PASSWORD);
            browser.visible(By.id("case-" + caseNumber));
            assertThat(browser.pageText()).contains(name).contains("ปีงบประมาณ " + YEAR + " — เรื่อง " + caseNumber)
                    .contains("สิ่งที่ต้องทำต่อ");
            assertThat(browser.driver.findElement(By.cssSelector("nav a[aria-current='page']")).getText())
                    .isEqualTo("องค์กรของฉัน");
            browser.screenshot("case-file-organisation-home");
            assertThat(browser.pageWidthAt(360)).isLessThanOrEqualTo(360);
            browser.screenshot("case-file-organisation-home-phone");

            browser.click(By.cssSelector("a[data-task='" + vision.getId() + "']"));
            browser.wait.until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
            browser.wait.until(d -> browser.formText().contains("เลขที่เรื่อง: " + caseNumber));
            browser.formSettled();
            assertThat(browser.formText()).contains("ขั้นนี้: ขั้นที่ 1").contains("องค์กร: " + name);
            assertThat(browser.driver.findElements(By.cssSelector(".fjs-form a[href*='/cases/']"))).hasSize(1);
            browser.screenshot("case-file-coordinator-task");
        }
    }
}
