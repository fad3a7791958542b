package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

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
 * /office, the officers' home for the fiscal year, in a Thai browser: Chiang Mai's officer plans an
 * event (refused field by field first, nothing stored) and opens the subcommittee meeting, both
 * then listed with links to their pages; the export is a plain link the session carries; Bangkok's
 * officer asking for Chiang Mai is refused in Thai. Fiscal year 2590, which no other test uses, so
 * "the meetings of province 50" of the other tests (max(id) of their own year) stay theirs.
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
        new CaseStandIn(jdbc, runtime, repository).cases("50", YEAR, ReviewMeetings.AWAITING, 2, CaseStandIn.CASE_PROCESS);
        String base = "http://localhost:" + port;
        String page = base + "/office?year=" + YEAR;

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
                    .isEqualTo(base + "/provinces/50/trainers");
            assertThat(browser.driver.findElements(By.id("openAllPreparations"))).isEmpty();
            browser.screenshot("79-office-home");

            // an event without its title: the server's Thai message under the title, nothing stored
            new Select(browser.driver.findElement(By.id("eventType"))).selectByVisibleText("ตลาดนัดความดี");
            LocalDate planned = LocalDate.now().plusDays(30);
            browser.driver.findElement(By.id("plannedOn")).sendKeys(planned.getDayOfMonth() + "/"
                    + planned.getMonthValue() + "/" + (planned.getYear() + 543));
            browser.driver.findElement(By.id("place")).sendKeys("ลานวัฒนธรรมเชียงใหม่");
            browser.click(By.id("planSubmit"));
            assertThat(browser.visible(By.id("title-error")).getText()).isEqualTo("กรุณากรอกชื่อกิจกรรม");
            assertThat(browser.driver.findElement(By.id("eventTitle")).getAttribute("class")).contains("invalid");
            assertThat(browser.driver.findElement(By.id("eventTitle")).getAttribute("aria-describedby"))
                    .isEqualTo("title-error");
            assertThat(browser.driver.findElements(By.id("place-error"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("place")).getAttribute("value")).isEqualTo("ลานวัฒนธรรมเชียงใหม่");
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
            assertThat(browser.driver.findElements(By.id("title-error"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("eventTitle")).getAttribute("value")).isEmpty();
            assertThat(browser.driver.findElement(By.cssSelector(eventRow + " a")).getAttribute("href"))
                    .isEqualTo(base + "/events/" + event);

            // the subcommittee meeting: opened with the waiting cases, listed, linked to its page
            browser.click(By.id("openMeeting"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.ok"),
                    "บัญชีรายชื่อเบื้องต้น 2 เรื่อง"));
            long meeting = jdbc.sql("select id from mo.review_meeting where province_code = '50' and fiscal_year = ?")
                    .param(YEAR).query(Long.class).single();
            String meetingRow = "tr[data-meeting='" + meeting + "']";
            assertThat(browser.visible(By.cssSelector(meetingRow)).getText())
                    .contains("รอกำหนดวัน สถานที่ และองค์ประชุม").contains("2 / 0");
            assertThat(browser.driver.findElement(By.cssSelector(meetingRow + " a")).getAttribute("href"))
                    .isEqualTo(base + "/meetings/" + meeting);
            browser.screenshot("81-office-event-and-meeting");

            // nothing more waits: a second meeting is refused in Thai, under its button
            browser.click(By.id("openMeeting"));
            assertThat(browser.visible(By.id("meeting-error")).getText()).contains("ไม่มีเรื่องที่รอการพิจารณา");
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-meeting]"))).hasSize(1);

            // the preparation of the province and year, opened once
            browser.click(By.id("openPreparation"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.ok"),
                    "เปิดงานเตรียมการของจังหวัดเชียงใหม่ ปีงบประมาณ " + YEAR + " แล้ว"));
            assertThat(browser.driver.findElement(By.id("preparationState")).getText()).isEqualTo("เปิดแล้ว");
            assertThat(browser.driver.findElement(By.id("openPreparation")).isEnabled()).isFalse();
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PREP-" + YEAR + "-50").count())
                    .isOne();

            // the export is a plain link: the session's sign-in carries it
            String xlsx = browser.driver.findElement(By.id("downloadXlsx")).getAttribute("href");
            assertThat(xlsx).isEqualTo(base + "/api/exports/certified-organisations.xlsx?fiscalYear=" + YEAR
                    + "&provinceCode=50");
            Object answer = ((JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Disposition')));", xlsx);
            assertThat(answer).asString().startsWith("200 ").contains("certified-organisations-" + YEAR + "-50.xlsx");

            // the event's and the meeting's links open their pages, with the same sign-in
            browser.click(By.cssSelector(eventRow + " a"));
            browser.wait.until(ExpectedConditions.urlToBe(base + "/events/" + event));
            assertThat(browser.visible(By.id("title")).getText()).isEqualTo("ตลาดนัดความดี: ตลาดนัดความดีจังหวัดเชียงใหม่");
            browser.driver.navigate().back();
            browser.click(By.cssSelector(meetingRow + " a"));
            browser.wait.until(ExpectedConditions.urlToBe(base + "/meetings/" + meeting));
            browser.visible(By.cssSelector("tr[data-case]"));
        }

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // DRA: every province's preparation at a glance, then any province's work
            browser.signInTo(page, DemoAccounts.DRA_OFFICER, "demo");
            assertThat(browser.visible(By.id("nationalState")).getText()).contains("เปิดงานเตรียมการแล้ว 1 จาก 77 จังหวัด");
            assertThat(browser.driver.findElement(By.id("openAllPreparations")).isDisplayed()).isTrue();
            browser.screenshot("83-office-dra");
            assertThat(browser.driver.findElements(By.id("work"))).isEmpty();
            new Select(browser.driver.findElement(By.id("province"))).selectByValue("50");
            browser.click(By.id("show"));
            browser.visible(By.cssSelector("tr[data-meeting]"));
            assertThat(browser.pageText()).contains("ตลาดนัดความดีจังหวัดเชียงใหม่");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/office?year=" + YEAR + "&province=50");
        }

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // Bangkok's officer sees Bangkok; asking for Chiang Mai gets the refusal in Thai and nothing of it
            browser.signInTo(page, DemoAccounts.BANGKOK_OFFICER, "demo");
            browser.visible(By.id("planEvent"));
            assertThat(browser.pageText()).contains("งานของสำนักงาน — กรุงเทพมหานคร ปีงบประมาณ " + YEAR);
            browser.driver.get(page + "&province=50");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#notice .notice.bad"),
                    "ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50"));
            assertThat(browser.driver.findElements(By.id("work"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain("ตลาดนัดความดีจังหวัดเชียงใหม่");
            browser.screenshot("82-office-other-province-refused");
        }
    }

    private long events() {
        return jdbc.sql("select count(*) from mo.provincial_event where province_code = '50' and fiscal_year = ?")
                .param(YEAR).query(Long.class).single();
    }
}
