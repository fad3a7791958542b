package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;
import th.moralorg.validation.FormValidationException;

/** Seed 5.2.2(2)-(3): preliminary list, subcommittee meeting, resolutions reaching each case. */
@IntegrationTest
class ProvincialReviewTests {

    private static final Logger log = LoggerFactory.getLogger(ProvincialReviewTests.class);
    private static final String DEMO = "demo";
    private static final String PROBE = "decision-probe";
    static final byte[] PDF = "%PDF-1.4\n% minutes of the meeting\n".getBytes(StandardCharsets.US_ASCII);

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
    HistoryService history;
    @Autowired
    ReviewMeetings meetings;

    Api api;
    CaseStandIn cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new CaseStandIn(jdbc, runtime, repository);
    }

    @Test
    void aSubcommitteeMeetingDecides200CasesAtOnce() {
        List<String> numbers = cases.cases("30", 2581, ReviewMeetings.AWAITING, 200, CaseStandIn.CASE_PROCESS);
        long id = open("30", 2581, DemoAccounts.DRA_OFFICER);
        assertThat(meetings.items(id)).hasSize(200).allSatisfy(item -> {
            assertThat(item.score()).isNotNull();
            assertThat(item.proposedLevel()).isBetween(1, 3);
        });
        schedule(id);

        StringBuilder json = new StringBuilder("[");
        int certified = 0;
        for (int i = 0; i < numbers.size(); i++) {
            String resolution = i % 10 == 1 ? "NOT_CERTIFIED" : i % 4 == 0 ? "REVISE" : "CERTIFIED";
            certified += "CERTIFIED".equals(resolution) ? 1 : 0;
            int level = 1 + i % 3;
            json.append(i == 0 ? "" : ",").append("{\"caseNumber\":\"").append(numbers.get(i))
                    .append("\",\"resolution\":\"").append(resolution).append("\",\"certifiedLevel\":").append(level)
                    .append(",\"outstandingModel\":").append("CERTIFIED".equals(resolution) && level == 3 && i % 7 == 0)
                    .append(",\"remarks\":\"ข้อสังเกตเรื่องที่ ").append(i).append("\"}");
        }
        HttpResponse<String> put = api.putJson("/api/review-meetings/" + id + "/resolutions", json.append("]").toString(),
                DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(api.upload("/api/review-meetings/" + id + "/minutes", "minutes.pdf", PDF, DemoAccounts.DRA_OFFICER, DEMO)
                .statusCode()).isEqualTo(200);

        Task decide = task(id, "recordResolutions");
        long started = System.nanoTime();
        tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true));
        Jobs.awaitDone(management, decide.getProcessInstanceId());
        log.info("Subcommittee resolutions for 200 cases delivered in {} ms", (System.nanoTime() - started) / 1_000_000);

        assertThat(meetings.items(id)).allSatisfy(item -> assertThat(item.delivery()).isEqualTo("DELIVERED"));
        assertThat(runtime.createProcessInstanceQuery().activityIdIn("awaitNationalResult")
                .processInstanceBusinessKeyLike("MO-2581-30-%").count()).isEqualTo(certified);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CaseStandIn.CASE_PROCESS)
                .processInstanceBusinessKeyLike("MO-2581-30-%").count()).isEqualTo(certified);
        String refused = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(numbers.get(1))
                .singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().variableName("provincialDecision")
                .processInstanceId(refused).singleResult().getValue()).isEqualTo("NOT_CERTIFIED");
        assertThat(task(id, "submitReportToDra")).isNotNull();
    }

    /**
     * Issue 14 item 3: decisions go out in batches (the tests' batch size is 10), each its own
     * transaction. A case whose step fails rolls back its batch alone; what earlier batches delivered
     * stays, and the retry delivers the rest, nothing twice.
     */
    @Test
    void aFailedBatchRollsBackAloneAndItsRetryDeliversTheRestOnce() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
            repository.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE)
                    .camundaHistoryTimeToLive(1).startEvent()
                    .intermediateCatchEvent("awaitProvincialDecision").message(DeliverProvincialDecisions.MESSAGE)
                    .exclusiveGateway().condition("fails", "${failDelivery}").serviceTask("failingStep")
                    .camundaDelegateExpression("${failingStep}").endEvent()
                    .moveToLastGateway().condition("goes on", "${!failDelivery}").endEvent().done()).deploy();
        }
        List<String> numbers = new ArrayList<>(cases.cases("31", 2579, ReviewMeetings.AWAITING, 14,
                CaseStandIn.CASE_PROCESS));
        String failing = cases.cases("31", 2579, ReviewMeetings.AWAITING, 1, PROBE).get(0);
        String probe = runtime.createProcessInstanceQuery().processInstanceBusinessKey(failing).singleResult().getId();
        runtime.setVariable(probe, "failDelivery", true);
        numbers.add(failing);
        numbers.addAll(cases.cases("31", 2579, ReviewMeetings.AWAITING, 10, CaseStandIn.CASE_PROCESS));
        long id = open("31", 2579, DemoAccounts.DRA_OFFICER);
        schedule(id);
        StringBuilder json = new StringBuilder("[");
        for (String number : numbers) {
            json.append(json.length() == 1 ? "" : ",").append("{\"caseNumber\":\"").append(number)
                    .append("\",\"resolution\":\"CERTIFIED\",\"certifiedLevel\":1}");
        }
        assertThat(api.putJson("/api/review-meetings/" + id + "/resolutions", json.append("]").toString(),
                DemoAccounts.DRA_OFFICER, DEMO).statusCode()).isEqualTo(200);
        assertThat(api.upload("/api/review-meetings/" + id + "/minutes", "minutes.pdf", PDF, DemoAccounts.DRA_OFFICER, DEMO)
                .statusCode()).isEqualTo(200);
        Task decide = task(id, "recordResolutions");
        String instance = decide.getProcessInstanceId();
        tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true));

        Job failed = Jobs.awaitFailure(management, instance);
        assertThat(meetings.items(id)).extracting(ReviewMeetings.Item::delivery).as("the first batch, and nothing of the second")
                .containsExactlyElementsOf(IntStream.range(0, 25)
                        .mapToObj(i -> i < 10 ? "DELIVERED" : null).toList());
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(numbers.get(10))
                .activityId("awaitProvincialDecision").count()).as("rolled back with its batch").isOne();

        runtime.setVariable(probe, "failDelivery", false);
        management.executeJob(failed.getId());
        Jobs.awaitDone(management, instance);
        assertThat(meetings.items(id)).extracting(ReviewMeetings.Item::delivery).containsOnly("DELIVERED");
        for (String number : numbers) {
            assertThat(history.createHistoricActivityInstanceQuery().activityId("awaitProvincialDecision").finished()
                    .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                            .singleResult().getId()).count()).as(number).isOne();
        }
        assertThat(runtime.getVariable(instance, "certifiedCount")).isEqualTo(25);
        assertThat(task(id, "submitReportToDra")).isNotNull();
    }

    @Test
    void withdrawnCarriedOverAndEmptyMeetingsBehave() {
        HttpResponse<String> empty = api.postJson("/api/review-meetings", "{\"provinceCode\":\"10\",\"fiscalYear\":2582}",
                DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(empty.statusCode()).isEqualTo(409);
        assertThat(empty.body()).contains("ไม่มีเรื่องที่รอการพิจารณา");

        List<String> numbers = cases.cases("10", 2582, ReviewMeetings.AWAITING, 4, CaseStandIn.CASE_PROCESS);
        String certified = numbers.get(0);
        String carried = numbers.get(1);
        String refused = numbers.get(2);
        String withdrawn = numbers.get(3);
        assertThat(api.postJson("/api/review-meetings", "{\"provinceCode\":\"10\",\"fiscalYear\":2582}",
                DemoAccounts.CHIANG_MAI_OFFICER, DEMO).statusCode()).isEqualTo(403);
        long id = open("10", 2582, DemoAccounts.BANGKOK_OFFICER);
        ProcessInstance review = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("REVIEW-2582-10-" + id).singleResult();
        assertThat(review.getTenantId()).isEqualTo("province-10");
        assertThat(api.get("/api/review-meetings/" + id, DemoAccounts.CHIANG_MAI_OFFICER, DEMO).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/review-meetings/" + id, null, null).statusCode()).isEqualTo(401);
        assertThat(meetings.items(id)).hasSize(4);

        cases.withdraw(withdrawn);
        // before scheduling, resolutions are refused
        assertThat(api.putJson("/api/review-meetings/" + id + "/resolutions", "[]", DemoAccounts.BANGKOK_OFFICER, DEMO)
                .statusCode()).isEqualTo(409);
        Task scheduleTask = task(id, "scheduleMeeting");
        assertThatThrownBy(() -> tasks.complete(scheduleTask.getId(), Map.of("meetingPlace", " ")))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("กรุณาระบุวันที่ประชุม")
                .hasMessageContaining("กรุณากรอกสถานที่ประชุม");
        // a Buddhist-Era year typed by habit into the date field is refused, not stored as 2569 CE
        assertThatThrownBy(() -> tasks.complete(scheduleTask.getId(), Map.of("meetingDate", "2569-12-01",
                "meetingPlace", "ห้องประชุมสำนักงานวัฒนธรรมจังหวัด")))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("ต้องเป็นปีคริสต์ศักราช");
        schedule(id);

        HttpResponse<String> bad = api.putJson("/api/review-meetings/" + id + "/resolutions", "[{\"caseNumber\":\""
                + certified + "\",\"resolution\":\"CERTIFIED\"},{\"caseNumber\":\"" + refused
                + "\",\"resolution\":\"NOT_CERTIFIED\"},{\"caseNumber\":\"MO-2582-50-9999\",\"resolution\":\"REVISE\"},"
                + "{\"caseNumber\":\"" + carried + "\",\"resolution\":\"MAYBE\"}]", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("resolutions[0].certifiedLevel").contains("กรุณากรอกระดับที่รับรอง")
                .contains("resolutions[1].remarks").contains("resolutions[2].caseNumber").contains("resolutions[3].resolution");
        assertThat(meetings.items(id)).allSatisfy(item -> assertThat(item.resolution()).isNull());

        HttpResponse<String> good = api.putJson("/api/review-meetings/" + id + "/resolutions", "[{\"caseNumber\":\""
                + certified + "\",\"resolution\":\"CERTIFIED\",\"certifiedLevel\":2},{\"caseNumber\":\"" + refused
                + "\",\"resolution\":\"NOT_CERTIFIED\",\"remarks\":\"ยังไม่มีหลักฐานการดำเนินกิจกรรม\"},"
                + "{\"caseNumber\":\"" + carried + "\",\"resolution\":\"CARRIED_OVER\"}]", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);

        Task decide = task(id, "recordResolutions");
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true)))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("อัปโหลดรายงานการประชุม");
        HttpResponse<String> text = api.upload("/api/review-meetings/" + id + "/minutes", "minutes.pdf",
                "not a pdf".getBytes(StandardCharsets.UTF_8), DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("PDF");
        HttpResponse<String> uploaded = api.upload("/api/review-meetings/" + id + "/minutes", "รายงานการประชุม.pdf", PDF,
                DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains(ReviewMinutes.sha256(PDF));
        assertThat(api.getBytes("/api/review-meetings/" + id + "/minutes", DemoAccounts.BANGKOK_OFFICER, DEMO).body())
                .isEqualTo(PDF);

        // as Tasklist does it: the officer's own REST call, under their authentication and tenant
        HttpResponse<String> confirmed = api.postJson("/engine-rest/task/" + decide.getId() + "/complete",
                "{\"variables\":{\"resolutionsConfirmed\":{\"value\":true}}}", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
        Jobs.awaitDone(management, decide.getProcessInstanceId());

        assertThat(meetings.items(id)).extracting(ReviewMeetings.Item::caseNumber, ReviewMeetings.Item::resolution,
                ReviewMeetings.Item::delivery).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(certified, "CERTIFIED", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple(carried, "CARRIED_OVER", null),
                        org.assertj.core.groups.Tuple.tuple(refused, "NOT_CERTIFIED", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple(withdrawn, "WITHDRAWN", null));
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(certified).activityId("awaitNationalResult")
                .count()).isOne();
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(carried).activityId("awaitProvincialDecision")
                .count()).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(refused).count()).isZero();

        // the carried-over case is on the next meeting's list, alone
        long next = open("10", 2582, DemoAccounts.BANGKOK_OFFICER);
        assertThat(meetings.items(next)).extracting(ReviewMeetings.Item::caseNumber).containsExactly(carried);

        // the certified list goes to DRA: national-forwarding starts in the national tenant
        Task submit = task(id, "submitReportToDra");
        assertThatThrownBy(() -> tasks.complete(submit.getId(), Map.of()))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("กรุณายืนยัน");
        HttpResponse<String> submitted = api.postJson("/engine-rest/task/" + submit.getId() + "/complete",
                "{\"variables\":{\"reportConfirmed\":{\"value\":true}}}", DemoAccounts.BANGKOK_OFFICER, DEMO);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        ProcessInstance national = runtime.createProcessInstanceQuery().processDefinitionKey("national-forwarding")
                .processInstanceBusinessKey("NAT-" + id + "-1").singleResult();
        assertThat(national.getTenantId()).isEqualTo("national");
        Task receive = tasks.createTaskQuery().processInstanceId(national.getId()).singleResult();
        assertThat(receive.getTaskDefinitionKey()).isEqualTo("receiveProvincialReport");
        assertThat(api.get("/engine-rest/task/" + receive.getId(), DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(404);
        // DRA accepts over REST: ProvincialReportAccepted ends Bangkok's review
        HttpResponse<String> accepted = api.postJson("/engine-rest/task/" + receive.getId() + "/complete",
                "{\"variables\":{\"reportDecision\":{\"value\":\"ACCEPT\"}}}", DemoAccounts.DRA_OFFICER, DEMO);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isZero();
    }

    long open(String province, int year, String user) {
        HttpResponse<String> opened = api.postJson("/api/review-meetings",
                "{\"provinceCode\":\"" + province + "\",\"fiscalYear\":" + year + "}", user, DEMO);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return jdbc.sql("select max(id) from mo.review_meeting where province_code = ? and fiscal_year = ?")
                .params(province, year).query(Long.class).single();
    }

    void schedule(long id) {
        tasks.complete(task(id, "scheduleMeeting").getId(), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ห้องประชุมศาลากลางจังหวัด", "meetingMembers", "ผู้ว่าราชการจังหวัด ประธาน\nวัฒนธรรมจังหวัด เลขานุการ"));
    }

    Task task(long meetingId, String definitionKey) {
        String instance = meetings.find(meetingId).orElseThrow().processInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(definitionKey).singleResult();
    }

}
