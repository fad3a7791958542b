package th.moralorg.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.webapp.ThaiBrowser;

/**
 * Seed 5.2.2(1) as a PCO officer does it: the event's page (/events/{id}) in a Thai browser
 * invites the organisations waiting for the orientation meeting, then records who came; the Tasklist tasks confirm and the
 * attending case moves on.
 */
@IntegrationTest
class EventPageBrowserTests {

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

    @Test
    void anOfficerInvitesAndRecordsAttendanceOnTheEventPage() throws Exception {
        CaseStandIn cases = new CaseStandIn(jdbc, runtime, repository);
        List<String> accepted = cases.cases("50", 2589, "ACCEPTED", 2, CaseStandIn.ORIENTATION_PROCESS);
        String working = cases.cases("50", 2589, "IN_PROGRESS", 1, CaseStandIn.ORIENTATION_PROCESS).get(0);
        HttpResponse<String> planned = new Api(port).postJson("/api/events", "{\"provinceCode\":\"50\",\"fiscalYear\":2589,"
                + "\"eventType\":\"ORIENTATION\",\"title\":\"ประชุมชี้แจงกระบวนการ 9 ขั้นตอน\",\"plannedOn\":\""
                + LocalDate.now() + "\",\"place\":\"หอประชุมศาลากลางจังหวัดเชียงใหม่\"}", OFFICER, "demo");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.provincial_event where fiscal_year = 2589").query(Long.class).single();

        String page = "http://localhost:" + port + "/events/" + id;
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            // another province's officer: the refusal in Thai, nothing of the event's cases
            browser.signInTo(page, DemoAccounts.BANGKOK_OFFICER, "demo");
            assertThat(browser.visible(By.id("refusal")).getText()).contains("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส 50");
            assertThat(browser.pageText()).doesNotContain(working);
            browser.driver.manage().deleteAllCookies();

            browser.signInTo(page, OFFICER, "demo");
            browser.visible(By.id("invite-" + working));
            assertThat(browser.pageText()).contains("ประชุมชี้แจง: ประชุมชี้แจงกระบวนการ 9 ขั้นตอน").contains("เชียงใหม่")
                    .contains("รับเรื่องแล้ว รอการประชุมชี้แจง").contains("ยังไม่ได้เชิญองค์กรใด");

            // nothing picked: the server's refusal under the list, nothing invited
            browser.click(By.id("sendInvitations"));
            assertThat(browser.visible(By.id("caseNumbers-error")).getText()).contains("อย่างใดอย่างหนึ่ง");
            assertThat(browser.driver.findElement(By.id("problem")).getText()).contains("กรุณาแก้ไขตามที่แจ้ง");
            assertThat(invited(id)).isEmpty();

            browser.click(By.id("inviteAllAccepted"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("เชิญเพิ่ม 2 องค์กรแล้ว");
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(page);
            assertThat(invited(id)).containsExactlyElementsOf(accepted);
            assertThat(browser.driver.findElement(By.id("invite-" + working)).isSelected()).isFalse();
            tasks.complete(task(id), Map.of("invitationsConfirmed", true));

            browser.click(By.id("attended-" + accepted.get(0)));
            browser.click(By.id("saveAttendance"));
            assertThat(browser.visible(By.id("notice")).getText()).contains("บันทึกผู้เข้าร่วม 1 จาก 2 องค์กรแล้ว");
            assertThat(browser.driver.findElement(By.id("attended-" + accepted.get(0))).isSelected()).isTrue();
            browser.screenshot("60-event-attendance");
            assertThat(browser.pageWidthAt(360)).as("the event on a phone").isLessThanOrEqualTo(360);
        }
        assertThat(jdbc.sql("select case_number from mo.event_participant where event_id = ? and attended")
                .param(id).query(String.class).list()).containsExactly(accepted.get(0));

        tasks.complete(task(id), Map.of("heldOn", LocalDate.now().toString(), "attendanceConfirmed", true,
                "eventSummary", "สรุปผลทดสอบ", "participantCount", 10));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(accepted.get(0)).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(accepted.get(1)).count()).isOne();
    }

    private List<String> invited(long id) {
        return jdbc.sql("select case_number from mo.event_participant where event_id = ? order by case_number")
                .param(id).query(String.class).list();
    }

    private String task(long eventId) {
        return tasks.createTaskQuery().processInstanceBusinessKey("EVENT-" + eventId).singleResult().getId();
    }
}
