package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * A coordinator writes the plan อ.04 (seed 5.2.1(2.3)) in a Thai browser as the programme runs it:
 * from the task in Tasklist through its link to the plan's page (the same sign-in), twelve
 * activities added with the page's own button, several target virtues each, months in the Buddhist
 * Era, a working team of two and the pledge; sent, the case moves on to step 4 and the
 * organisation's home links its progress report, reported row by row; when the PCO sends back the
 * plan alone, only it reopens, with all twelve rows. Screenshots: target/screenshots/plan-*.png.
 */
@IntegrationTest
class PlanPageBrowserTests {

    static final String PASSWORD = "แผนสิบสอง2570";
    static final int ROWS = 12;

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorWritesAPlanOfTwelveActivitiesTheCaseMovesOnAndARevisionReopensOnlyThePlan() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", FiscalYear.containing(LocalDate.now()).buddhistYear());
        String coordinator = (String) form.get("coordinatorEmail");
        String caseNumber = driver.accepted(form, "officer.50", PASSWORD);
        driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        Task task = driver.task(caseNumber);
        tasks.claim(task.getId(), coordinator);
        String base = "http://localhost:" + port;
        String planPath = "/cases/" + caseNumber + "/plan";

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // the task's form in Tasklist only links to the page
            browser.logInToTasklist(base + "/camunda/app/tasklist/default/", coordinator, PASSWORD);
            browser.driver.get(base + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            WebElement link = browser.visible(By.cssSelector(".fjs-form a[href$='" + planPath + "']"));
            assertThat(link.getText()).contains("เปิดหน้าเขียนแผน อ.04");
            browser.screenshot("plan-tasklist-link");
            browser.driver.get(link.getDomProperty("href"));
            browser.visible(By.id("row-1"));
            assertThat(browser.driver.getCurrentUrl()).as("no second sign-in").isEqualTo(base + planPath);

            for (int n = 2; n <= ROWS; n++) {
                if (n == 3) {
                    browser.screenshot("plan-page");
                }
                browser.click(By.id("addRow"));
                browser.visible(By.id("row-" + n));
            }
            assertThat(browser.driver.findElements(By.id("addRow"))).isNotEmpty();
            for (int n = 1; n <= ROWS; n++) {
                String row = "row" + n + "-";
                Map<String, String> cells = new LinkedHashMap<>();
                cells.put("problem", "ปัญหาข้อที่ " + n);
                cells.put("indicators", "พฤติกรรมที่เห็นได้ข้อที่ " + n);
                cells.put("activity", "กิจกรรมลำดับที่ " + n);
                cells.put("startMonth", (n % 12 + 1) + "/2569");
                cells.put("endMonth", "9/2570");
                cells.put("budget", n % 3 == 0 ? "" : Integer.toString(n * 500));
                cells.put("owner", "ฝ่ายที่ " + n);
                cells.put("kpi", "ร้อยละ " + (70 + n));
                cells.forEach((cell, value) -> browser.driver.findElement(By.id(row + cell)).sendKeys(value));
                browser.click(By.id(row + "virtue-" + (n % 2 == 0 ? "VOLUNTEERING" : "DISCIPLINE")));
                browser.click(By.id(row + "virtue-GRATITUDE"));
            }
            browser.driver.findElement(By.id("member1-name")).sendKeys("นางสาวใจดี มีสุข");
            browser.driver.findElement(By.id("member1-role")).sendKeys("ประธานคณะทำงาน");
            browser.click(By.id("addMember"));
            browser.visible(By.id("member2-name")).sendKeys("นายประสาน งานดี");
            browser.driver.findElement(By.id("member2-role")).sendKeys("เลขานุการ");
            assertThat(browser.driver.findElement(By.id("row12-activity")).getDomProperty("value"))
                    .as("what was typed survives adding a member").isEqualTo("กิจกรรมลำดับที่ 12");
            browser.driver.findElement(By.id("pledge")).sendKeys("ทุกคนจะตรงต่อเวลาและช่วยงานชุมชนเดือนละครั้ง");
            browser.screenshot("plan-twelve-rows");

            browser.click(By.id("send"));
            browser.await("plan-not-sent", d -> d.getCurrentUrl().equals(base + "/cases/" + caseNumber));
            assertThat(browser.visible(By.id("notice")).getText()).isEqualTo("ส่งแผน อ.04 (12 กิจกรรม) แล้ว");
            assertThat(browser.pageText()).contains("กิจกรรมลำดับที่ 12", "จิตอาสา, กตัญญู", "กันยายน พ.ศ. 2570",
                    "นายประสาน งานดี (เลขานุการ)");
            browser.screenshot("plan-sent-case-file");

            // the case moved on: the organisation's home sends step 4 to its own page
            browser.driver.get(base + "/organisation");
            WebElement next = browser.visible(By.cssSelector("a[data-task]"));
            assertThat(next.getDomAttribute("href")).isEqualTo("/cases/" + caseNumber + "/progress");
            assertThat(next.getText()).contains("ขั้นที่ 4");

            // step 4 against the twelve rows, then the package; the PCO sends back the plan alone
            next.click();
            browser.visible(By.id("row-12"));
            for (int n = 1; n <= ROWS; n++) {
                browser.click(By.id("row" + n + "-status-" + (n <= 9 ? "DONE" : "PARTLY")));
                browser.driver.findElement(By.id("row" + n + "-evidence")).sendKeys("ภาพกิจกรรมครั้งที่ " + n);
            }
            browser.click(By.id("send"));
            browser.await("progress-not-sent", d -> d.getCurrentUrl().equals(base + "/cases/" + caseNumber));
            assertThat(browser.visible(By.id("notice")).getText())
                    .isEqualTo("ส่งรายงานผลการดำเนินกิจกรรมแล้ว: ดำเนินการแล้ว 9 บางส่วน 3 ยังไม่ได้ดำเนินการ 0 จาก 12 กิจกรรม");
            driver.complete(caseNumber, "lessonsLearned", coordinator, Forms.lessons());
            driver.complete(caseNumber, "declareIntent", coordinator, Forms.declaration());
            driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 9));
            driver.complete(caseNumber, "checkCompleteness", "officer.50", Map.of("completenessDecision", "REVISE",
                    "revisionParts", java.util.List.of("O04"), "revisionRemarkO04", "ระบุงบประมาณของกิจกรรมที่ 3"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list())
                    .extracting(Task::getTaskDefinitionKey).as("only the plan reopens").containsExactly("revisePlan");

            browser.driver.get(base + "/organisation");
            browser.click(By.cssSelector("a[data-task]"));
            assertThat(browser.visible(By.id("revision")).getText()).contains("ข้อสังเกต: ระบุงบประมาณของกิจกรรมที่ 3");
            assertThat(browser.driver.findElement(By.id("row12-activity")).getDomProperty("value"))
                    .as("opened with the last version, all its rows").isEqualTo("กิจกรรมลำดับที่ 12");
            assertThat(browser.driver.findElement(By.id("row1-startMonth")).getDomProperty("value")).isEqualTo("2/2569");
            assertThat(browser.driver.findElement(By.id("row12-virtue-VOLUNTEERING")).isSelected()).isTrue();
            browser.driver.findElement(By.id("row3-budget")).sendKeys("1500");
            browser.screenshot("plan-revision");
            browser.click(By.id("send"));
            browser.await("revision-not-sent", d -> d.getCurrentUrl().equals(base + "/cases/" + caseNumber));
        }
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).as("back to the PCO").isEqualTo("checkCompleteness");
        assertThat(jdbc.sql("select count(*) from mo.form_submission where case_number = ? and form_code = 'O04'")
                .param(caseNumber).query(Integer.class).single()).isEqualTo(2);
        JsonNode plan = new ObjectMapper().readTree(jdbc.sql(
                "select data::text from mo.form_submission where case_number = ? and form_code = 'O04' and version = 1")
                .param(caseNumber).query(String.class).single());
        assertThat(plan.path("planRows")).hasSize(ROWS);
        assertThat(plan.path("planRows").get(11).path("virtues").toString()).isEqualTo("[\"VOLUNTEERING\",\"GRATITUDE\"]");
        assertThat(plan.path("planRows").get(0).path("startMonth").asText()).isEqualTo("2026-02");
        assertThat(plan.path("planRows").get(2).path("budget").isNull()).isTrue();
        assertThat(plan.path("workingTeam")).hasSize(2);
    }
}
