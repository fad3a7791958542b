package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * office.html, the officers' home for the fiscal year, in a Thai browser: Chiang Mai's officer
 * plans an event (refused field by field first, nothing stored) and opens the subcommittee meeting,
 * both then listed with links to their pages; Bangkok's officer choosing Chiang Mai is refused in
 * Thai. Fiscal year 2590, which no other test uses, so "the meetings of province 50" of the other
 * tests (max(id) of their own year) stay theirs.
 */
@IntegrationTest
class OfficePageBrowserTests {

    static final int YEAR = 2590;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void aProvincialOfficerPlansAnEventAndOpensTheMeetingFromTheOfficePage() throws Exception {
        List<String> waiting = new CaseStandIn(jdbc, runtime, repository)
                .cases("50", YEAR, ReviewMeetings.AWAITING, 2, CaseStandIn.CASE_PROCESS);
        String page = "http://localhost:" + port + "/office.html?year=" + YEAR;

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            browser.signInTo(page, DemoAccounts.CHIANG_MAI_OFFICER, "demo");
            browser.visible(By.id("planEvent"));
            assertThat(new Select(browser.driver.findElement(By.id("province"))).getFirstSelectedOption().getText())
                    .isEqualTo("เชียงใหม่ (50)");
            assertThat(new Select(browser.driver.findElement(By.id("fiscalYear"))).getFirstSelectedOption().getText())
                    .startsWith(String.valueOf(YEAR));
            assertThat(browser.pageText()).contains("งานของสำนักงาน — จังหวัดเชียงใหม่ ปีงบประมาณ " + YEAR)
                    .contains("ยังไม่เปิด").contains("ยังไม่มีกิจกรรมของจังหวัดในปีงบประมาณนี้")
                    .contains("ยังไม่มีการประชุมของจังหวัดในปีงบประมาณนี้");
            assertThat(browser.driver.findElement(By.id("trainersLink")).getAttribute("href"))
                    .isEqualTo("http://localhost:" + port + "/trainers.html?province=50");
            assertThat(browser.driver.findElement(By.id("openAllPreparations")).isDisplayed()).isFalse();
            browser.screenshot("79-office-home");

            // an event without its title: the Thai message under the title, nothing stored
            new Select(browser.driver.findElement(By.id("eventType"))).selectByVisibleText("ตลาดนัดความดี");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                    browser.driver.findElement(By.id("plannedOn")), LocalDate.now().plusDays(30).toString());
            browser.driver.findElement(By.id("place")).sendKeys("ลานวัฒนธรรมเชียงใหม่");
            browser.click(By.id("planSubmit"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".error[data-for='title']"), "กรุณากรอกชื่อกิจกรรม"));
            assertThat(browser.driver.findElement(By.id("eventTitle")).getAttribute("class")).contains("invalid");
            assertThat(browser.driver.findElement(By.cssSelector(".error[data-for='place']")).getText()).isEmpty();
            assertThat(browser.driver.findElement(By.id("notice")).getText()).contains("กรุณาแก้ไขตามที่แจ้ง");
            browser.screenshot("80-office-event-refused");
            assertThat(events()).isZero();

            // with its title: stored, listed, linked to its page
            browser.driver.findElement(By.id("eventTitle")).sendKeys("ตลาดนัดความดีจังหวัดเชียงใหม่");
            browser.click(By.id("planSubmit"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.ok"),
                    "บันทึกแผนกิจกรรม"));
            long event = jdbc.sql("select id from mo.provincial_event where province_code = '50' and fiscal_year = ?")
                    .param(YEAR).query(Long.class).single();
            assertThat(jdbc.sql("select event_type from mo.provincial_event where id = ?").param(event)
                    .query(String.class).single()).isEqualTo("GOODNESS_MARKET");
            String eventRow = "tr[data-event='" + event + "']";
            assertThat(browser.visible(By.cssSelector(eventRow)).getText()).contains("ตลาดนัดความดี")
                    .contains("ตลาดนัดความดีจังหวัดเชียงใหม่").contains("ลานวัฒนธรรมเชียงใหม่").contains("วางแผนแล้ว");
            assertThat(browser.driver.findElement(By.cssSelector(".error[data-for='title']")).getText()).isEmpty();
            assertThat(browser.driver.findElement(By.id("eventTitle")).getAttribute("value")).isEmpty();

            // the subcommittee meeting: opened with the waiting cases, listed, linked to its page
            browser.click(By.id("openMeeting"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.ok"),
                    "บัญชีรายชื่อเบื้องต้น 2 เรื่อง"));
            long meeting = jdbc.sql("select id from mo.review_meeting where province_code = '50' and fiscal_year = ?")
                    .param(YEAR).query(Long.class).single();
            String meetingRow = "tr[data-meeting='" + meeting + "']";
            assertThat(browser.visible(By.cssSelector(meetingRow)).getText())
                    .contains("รอกำหนดวัน สถานที่ และองค์ประชุม").contains("2 / 0");
            browser.screenshot("81-office-event-and-meeting");

            // nothing more waits: a second meeting is refused in Thai
            browser.click(By.id("openMeeting"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.bad"),
                    "ไม่มีเรื่องที่รอการพิจารณา"));
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-meeting]"))).hasSize(1);

            // the preparation of the province and year, opened once
            assertThat(browser.driver.findElement(By.id("nationalSection")).isDisplayed()).isFalse();
            browser.click(By.id("openPreparation"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.ok"),
                    "เปิดงานเตรียมการของจังหวัดเชียงใหม่ ปีงบประมาณ " + YEAR + " แล้ว"));
            assertThat(browser.driver.findElement(By.id("preparationState")).getText()).isEqualTo("เปิดแล้ว");
            assertThat(browser.driver.findElement(By.id("openPreparation")).isEnabled()).isFalse();
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PREP-" + YEAR + "-50").count())
                    .isOne();

            // the export is fetched with the login and saved under its name (the save itself is recorded here)
            ((JavascriptExecutor) browser.driver).executeScript("window.saved = [];"
                    + "HTMLAnchorElement.prototype.click = function () { window.saved.push(this.download); };");
            browser.click(By.id("downloadXlsx"));
            browser.wait.until(d -> Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript("return window.saved.length;")));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.saved[0];"))
                    .isEqualTo("certified-organisations-" + YEAR + "-50.xlsx");
            assertThat(browser.driver.findElements(By.cssSelector("#notice .notice.bad"))).isEmpty();

            // office.html still links the old addresses, which move to the event's and the meeting's pages
            browser.click(By.cssSelector(eventRow + " a"));
            browser.wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/events/" + event));
            assertThat(browser.visible(By.id("title")).getText()).isEqualTo("ตลาดนัดความดี: ตลาดนัดความดีจังหวัดเชียงใหม่");
            browser.driver.navigate().back();
            browser.click(By.cssSelector(meetingRow + " a"));
            browser.wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/meetings/" + meeting));
            browser.visible(By.cssSelector("tr[data-case='" + waiting.get(1) + "']"));
        }

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // DRA: every province's preparation at a glance, then any province's work
            browser.signInTo(page, DemoAccounts.DRA_OFFICER, "demo");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nationalState"),
                    "เปิดงานเตรียมการแล้ว 1 จาก 77 จังหวัด"));
            assertThat(browser.driver.findElement(By.id("openAllPreparations")).isDisplayed()).isTrue();
            browser.screenshot("83-office-dra");
            assertThat(browser.driver.findElement(By.id("work")).isDisplayed()).isFalse();
            new Select(browser.driver.findElement(By.id("province"))).selectByValue("50");
            browser.visible(By.cssSelector("tr[data-meeting]"));
            assertThat(browser.pageText()).contains("ตลาดนัดความดีจังหวัดเชียงใหม่");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/office.html?year=" + YEAR + "&province=50");
        }

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // Bangkok's officer sees Bangkok, and choosing Chiang Mai gets the refusal in Thai and nothing of it
            browser.signInTo(page, DemoAccounts.BANGKOK_OFFICER, "demo");
            browser.visible(By.id("planEvent"));
            assertThat(browser.pageText()).contains("งานของสำนักงาน — กรุงเทพมหานคร ปีงบประมาณ " + YEAR);
            new Select(browser.driver.findElement(By.id("province"))).selectByValue("50");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.bad"),
                    "ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50"));
            assertThat(browser.driver.findElement(By.id("work")).isDisplayed()).isFalse();
            assertThat(browser.pageText()).doesNotContain("ตลาดนัดความดีจังหวัดเชียงใหม่");
            browser.screenshot("82-office-other-province-refused");
        }
    }

    private long events() {
        return jdbc.sql("select count(*) from mo.provincial_event where province_code = '50' and fiscal_year = ?")
                .param(YEAR).query(Long.class).single();
    }
}
