package th.moralorg.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.support.Jobs;

/**
 * The local run's provincial report, so DRA's inbox has work on first login: Bangkok's
 * subcommittee certified its waiting demo case and the report went to DRA. Created once.
 */
@Component
@Profile("demo & !prod")
@Order(120)
class DemoReview implements ApplicationRunner {

    private final ReviewMeetingService reviews;
    private final ReviewMinutes minutes;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcClient jdbc;

    DemoReview(ReviewMeetingService reviews, ReviewMinutes minutes, TaskService tasks, ManagementService management,
            JdbcClient jdbc) {
        this.reviews = reviews;
        this.minutes = minutes;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> waiting = jdbc.sql("""
                select case_number, fiscal_year from mo.organisation_case
                where province_code = '10' and status = 'AWAITING_PROVINCIAL_REVIEW'
                  and coordinator_email = 'watsuthat.school@example.org'""").query().listOfRows();
        if (waiting.isEmpty() || jdbc.sql("select count(*) from mo.review_meeting where province_code = '10'")
                .query(Long.class).single() > 0) {
            return;
        }
        String caseNumber = (String) waiting.get(0).get("case_number");
        int year = ((Number) waiting.get(0).get("fiscal_year")).intValue();
        long meeting = reviews.open("10", year, "officer.10");
        complete(meeting, "scheduleMeeting", Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ห้องประชุมสำนักงานวัฒนธรรมกรุงเทพมหานคร",
                "meetingMembers", "ประธานคณะอนุกรรมการ\nวัฒนธรรมกรุงเทพมหานคร เลขานุการ"));
        reviews.resolve(meeting, List.of(new ReviewMeetingService.Resolution(caseNumber, "CERTIFIED", 2, false,
                "ผ่านเกณฑ์ระดับองค์กรคุณธรรม")), "officer.10");
        minutes.store(meeting, "รายงานการประชุม.pdf", "%PDF-1.4\n% demo\n".getBytes(StandardCharsets.UTF_8),
                "officer.10");
        complete(meeting, "recordResolutions", Map.of("resolutionsConfirmed", true));
        complete(meeting, "submitReportToDra", Map.of("reportConfirmed", true));
    }

    private void complete(long meeting, String taskKey, Map<String, Object> variables) {
        String instance = jdbc.sql("select process_instance_id from mo.review_meeting where id = ?").param(meeting)
                .query(String.class).single();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult()
                .getId(), variables);
        // the decisions go out in batches (jobs); the job executor starts only when the application
        // is ready, after this runner, and the demo must be complete by then
        Jobs.runNow(management, instance);
    }
}
