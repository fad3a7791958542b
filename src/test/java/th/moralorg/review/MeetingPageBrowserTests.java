package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Seed 5.2.2(3) as the PCO secretariat does it: the meeting's page (/meetings/{id}) in a Thai
 * browser shows the preliminary list, refuses wrong resolutions field by field (nothing stored),
 * records the right ones and the minutes; the Tasklist task then confirms and the decisions reach the cases.
 */
@IntegrationTest
class MeetingPageBrowserTests {

    private static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ReviewMeetings meetings;

    @Test
    void theSecretariatRecordsResolutionsAndMinutesOnTheMeetingPage() throws Exception {
        List<String> numbers = new CaseStandIn(jdbc, runtime, repository)
                .cases("50", 2586, ReviewMeetings.AWAITING, 3, CaseStandIn.CASE_PROCESS);
        Api api = new Api(port);
        HttpResponse<String> opened = api.postJson("/api/review-meetings", "{\"provinceCode\":\"50\",\"fiscalYear\":2586}",
                OFFICER, "demo");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.review_meeting where province_code = '50' and fiscal_year = 2586")
                .query(Long.class).single();
        tasks.complete(task(id, "scheduleMeeting").getId(), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ห้องประชุมศาลากลางจังหวัดเชียงใหม่", "meetingMembers", "ผู้ว่าราชการจังหวัด ประธาน"));
        Path minutes = Files.createTempFile("minutes-", ".pdf");
        Files.write(minutes, ProvincialReviewTests.PDF);

        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // the Tasklist form of "บันทึกมติที่ประชุม" links to this meeting's page, id filled in
            browser.logInToTasklist("http://localhost:" + port + "/camunda/app/tasklist/default/", OFFICER, "demo");
            browser.driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task="
                    + task(id, "recordResolutions").getId());
            String link = browser.visible(By.xpath("//a[normalize-space(.)='หน้าการประชุมคณะอนุกรรมการจังหวัด']"))
                    .getAttribute("href");
            assertThat(link).isEqualTo("http://localhost:" + port + "/meetings/" + id);
            assertThat(browser.driver.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("/api/", "PUT", "POST");
            browser.screenshot("39-meeting-task-form");

            // the link opens the page with the same sign-in: no second one
            browser.driver.get(link);
            browser.visible(By.id("resolution-" + numbers.get(2)));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(link);

            // another province's officer sees the refusal in Thai, and nothing of the list
            browser.driver.manage().deleteAllCookies();
            browser.signInTo(link, DemoAccounts.BANGKOK_OFFICER, "demo");
            assertThat(browser.visible(By.id("refusal")).getText()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50");
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-case]"))).isEmpty();

            // the province's officer again
            browser.driver.manage().deleteAllCookies();
            browser.signInTo(link, OFFICER, "demo");
            browser.visible(By.id("resolution-" + numbers.get(2)));
            assertThat(browser.pageText()).contains("เชียงใหม่").contains("กำหนดวันประชุมแล้ว").contains("องค์กรทดสอบ")
                    .contains("ยังไม่ได้อัปโหลดรายงานการประชุม");

            // wrong: certified without a level, not certified without remarks, outstanding but not certified
            choose(browser, numbers.get(0), "รับรอง");
            choose(browser, numbers.get(1), "ไม่รับรอง");
            choose(browser, numbers.get(2), "ให้ปรับปรุง");
            browser.click(By.id("outstandingModel-" + numbers.get(2)));
            browser.click(By.id("saveResolutions"));
            assertThat(browser.visible(By.id("certifiedLevel-" + numbers.get(0) + "-error")).getText())
                    .contains("กรุณากรอกระดับที่รับรอง");
            assertThat(error(browser, numbers.get(1), "remarks")).contains("ข้อสังเกตของคณะอนุกรรมการ");
            assertThat(error(browser, numbers.get(2), "outstandingModel")).contains("เฉพาะองค์กรที่ได้รับการรับรอง");
            assertThat(browser.driver.findElement(By.id("remarks-" + numbers.get(1))).getAttribute("aria-describedby"))
                    .isEqualTo("remarks-" + numbers.get(1) + "-error");
            assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("กรุณาแก้ไขตามที่แจ้ง");
            // what the officer entered stays on the refused page
            assertThat(new Select(browser.driver.findElement(By.id("resolution-" + numbers.get(1))))
                    .getFirstSelectedOption().getText()).isEqualTo("ไม่รับรอง");
            assertThat(browser.driver.findElement(By.id("outstandingModel-" + numbers.get(2))).isSelected()).isTrue();
            browser.screenshot("40-meeting-resolutions-refused");
            assertThat(meetings.items(id)).allSatisfy(item -> assertThat(item.resolution()).isNull());

            // right: level 3 and outstanding, remarks, carried over
            new Select(browser.driver.findElement(By.id("certifiedLevel-" + numbers.get(0)))).selectByValue("3");
            browser.click(By.id("outstandingModel-" + numbers.get(0)));
            browser.driver.findElement(By.id("remarks-" + numbers.get(1))).sendKeys("ยังไม่มีหลักฐานการดำเนินกิจกรรมตามแผน");
            browser.click(By.id("outstandingModel-" + numbers.get(2)));
            choose(browser, numbers.get(2), "เลื่อนไปพิจารณาครั้งถัดไป");
            browser.click(By.id("saveResolutions"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("บันทึกมติ 3 เรื่องแล้ว");
            assertThat(browser.driver.findElements(By.cssSelector("p.error"))).isEmpty();
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(link);

            browser.driver.findElement(By.id("file")).sendKeys(minutes.toAbsolutePath().toString());
            browser.click(By.id("uploadMinutes"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("อัปโหลดรายงานการประชุม");
            assertThat(browser.visible(By.id("downloadMinutes")).getAttribute("href")).isEqualTo(link + "/minutes");
            browser.screenshot("41-meeting-resolutions-recorded");

            // on a phone each case is a card: nothing scrolls sideways
            assertThat(browser.pageWidthAt(360)).isLessThanOrEqualTo(360);
            browser.screenshot("41-meeting-on-a-phone");
        }

        assertThat(meetings.items(id)).extracting(ReviewMeetings.Item::caseNumber, ReviewMeetings.Item::resolution,
                ReviewMeetings.Item::certifiedLevel, ReviewMeetings.Item::outstandingModel).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(numbers.get(0), "CERTIFIED", 3, true),
                        org.assertj.core.groups.Tuple.tuple(numbers.get(1), "NOT_CERTIFIED", null, false),
                        org.assertj.core.groups.Tuple.tuple(numbers.get(2), "CARRIED_OVER", null, false));
        assertThat(meetings.items(id).get(1).remarks()).isEqualTo("ยังไม่มีหลักฐานการดำเนินกิจกรรมตามแผน");
        assertThat(meetings.hasMinutes(id)).isTrue();

        // the Tasklist task is now confirmed, and the decisions reach the cases
        Task decide = task(id, "recordResolutions");
        tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true));
        Jobs.awaitDone(management, decide.getProcessInstanceId());
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(numbers.get(0))
                .activityId("awaitNationalResult").count()).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(1)).count()).isZero();
        assertThat(task(id, "submitReportToDra")).isNotNull();
    }

    private static void choose(ThaiBrowser browser, String caseNumber, String resolution) {
        new Select(browser.driver.findElement(By.id("resolution-" + caseNumber))).selectByVisibleText(resolution);
    }

    private static String error(ThaiBrowser browser, String caseNumber, String field) {
        return browser.driver.findElement(By.id(field + "-" + caseNumber + "-error")).getText();
    }

    private Task task(long meetingId, String definitionKey) {
        String instance = meetings.find(meetingId).orElseThrow().processInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(definitionKey).singleResult();
    }
}
