package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.identity.Roles;
import th.moralorg.national.NationalRoundService;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.support.Timings;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;

/**
 * Benchmark, not a test (docs/benchmarks.md, issue 14 item 3): the bulk steps. Times (1) DRA opening
 * the preparations of all 77 provinces in one request; (2) a subcommittee meeting deciding
 * {@code benchmark.meeting} cases, from the officer's confirmation until every case has moved on;
 * (3) DRA's national round over 77 provincial reports holding {@code benchmark.round} cases, from the
 * first national committee confirmation until every case has its result. The cases are real: registered
 * through the registration service, their organisation-case process then moved by the engine to
 * "รอผลการพิจารณาของคณะอนุกรรมการจังหวัด" (the steps before are not what is measured), and every
 * step measured runs the real models. Batches as in production (50) unless {@code -Dbenchmark.batch-size}.
 * Prints the figures; asserts only that everything was delivered.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "moralorg.messaging.batch-size=${benchmark.batch-size:50}")
class BulkStepsBenchmark {

    static final int MEETING = Integer.getInteger("benchmark.meeting", 200);
    static final int ROUND = Integer.getInteger("benchmark.round", 2_000);
    /** Registration takes this fiscal year or the next; the demo data uses this one. */
    static final int YEAR = FiscalYear.containing(LocalDate.now()).next().buddhistYear();
    static final String MEETING_PROVINCE = "31";
    static final String DRA = DemoAccounts.DRA_OFFICER;
    static final ApiCaller DRA_CALLER = new ApiCaller(DRA, Set.of(Roles.DRA));
    static final String DEMO = "demo";
    static final byte[] PDF = "%PDF-1.4\n% minutes\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    NationalRoundService rounds;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RegistrationService registrations;
    @Autowired
    Provinces provinces;

    Api api;

    @Test
    void bulkSteps() {
        api = new Api(port);
        List<String> codes = provinces.findAll().stream().map(Province::code).toList();

        long started = System.nanoTime();
        HttpResponse<String> opened = api.postJson("/api/preparations", "{\"fiscalYear\":" + YEAR + "}", DRA, DEMO);
        double openMillis = millis(started);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        System.out.printf("BULK STEPS BENCHMARK: preparations of %d provinces opened in one request in %.0f ms%n",
                codes.size(), openMillis);
        Timings.once(openMillis).record("bulk steps", codes.size(), "DRA: open every province's preparation", 10_000);

        // registration opens after each province's outreach (5.1); here straight, it is not measured
        for (String code : codes) {
            jdbc.sql("""
                    insert into mo.registration_window (province_code, fiscal_year, opened_by, channels, outreach_from,
                        outreach_to, organisations_reached) values (?, ?, 'benchmark', 'หนังสือเวียน', current_date,
                        current_date, 10) on conflict do nothing""").params(code, YEAR).update();
        }

        started = System.nanoTime();
        awaitingReview(MEETING_PROVINCE, MEETING);
        System.out.printf("BULK STEPS BENCHMARK: %d cases registered and waiting for the subcommittee in %.1f s%n",
                MEETING, millis(started) / 1000);
        long meeting = prepareMeeting(MEETING_PROVINCE);
        Task decide = meetingTask(meeting, "recordResolutions");
        started = System.nanoTime();
        tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true));
        double confirmMillis = millis(started);
        Jobs.awaitDone(management, decide.getProcessInstanceId());
        double meetingMillis = millis(started);
        assertThat(undelivered("review_item", "meeting_id", meeting)).isZero();
        System.out.printf("BULK STEPS BENCHMARK: meeting of %d cases: confirmation %.0f ms, every decision delivered "
                + "%.0f ms after it%n", MEETING, confirmMillis, meetingMillis);
        Timings.once(meetingMillis).record("bulk steps", MEETING, "PCO: a meeting's decisions delivered", 5_000);

        if (ROUND == 0) {
            return;
        }
        int perProvince = Math.max(1, ROUND / codes.size());
        started = System.nanoTime();
        List<String> reports = new ArrayList<>();
        for (String code : codes) {
            awaitingReview(code, perProvince);
            long id = prepareMeeting(code);
            Task resolutions = meetingTask(id, "recordResolutions");
            tasks.complete(resolutions.getId(), Map.of("resolutionsConfirmed", true));
            Jobs.awaitDone(management, resolutions.getProcessInstanceId());
            tasks.complete(meetingTask(id, "submitReportToDra").getId(), Map.of("reportConfirmed", true));
            String round = "NAT-" + id + "-1";
            tasks.complete(nationalTask(round, "receiveProvincialReport").getId(), Map.of("reportDecision", "ACCEPT"));
            reports.add(round);
        }
        int nationalRound = rounds.open(DRA_CALLER, YEAR);
        List<String> reported = jdbc.sql("""
                select i.case_number from mo.national_item i join mo.national_report r on r.id = i.report_id
                 where r.fiscal_year = ? and r.status = 'ACCEPTED'""").param(YEAR).query(String.class).list();
        rounds.put(DRA_CALLER, YEAR, nationalRound, "SELECTION", reported);
        rounds.decide(DRA_CALLER, YEAR, nationalRound, "SELECTION", decision(reported, null));
        System.out.printf("BULK STEPS BENCHMARK: %d reports of %d cases each up to the national committee in %.1f s%n",
                reports.size(), perProvince, millis(started) / 1000);

        started = System.nanoTime();
        List<String> instances = reports.stream().map(round -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(round).singleResult().getId()).toList();
        rounds.put(DRA_CALLER, YEAR, nationalRound, "COMMITTEE", reported);
        rounds.decide(DRA_CALLER, YEAR, nationalRound, "COMMITTEE", decision(reported, "ตามมติที่ประชุม"));
        double confirmedAll = millis(started);
        instances.forEach(instance -> Jobs.awaitDone(management, instance));
        double roundMillis = millis(started);
        long pending = jdbc.sql("""
                select count(*) from mo.national_item i join mo.national_report r on r.id = i.report_id
                 where r.fiscal_year = ? and i.delivery is null""").param(YEAR).query(Long.class).single();
        assertThat(pending).isZero();
        System.out.printf("BULK STEPS BENCHMARK: national round of %d reports, %d cases: the committee's meeting recorded in %.0f ms, "
                + "every result delivered %.0f ms after the first%n", reports.size(), perProvince * reports.size(),
                confirmedAll, roundMillis);
        Timings.once(roundMillis).record("bulk steps", perProvince * reports.size(), "DRA: the national round's results delivered",
                30_000);
        System.out.printf("BULK STEPS BENCHMARK: | opening 77 preparations | %.0f ms | meeting of %d | %.0f ms | "
                + "national round of %d | %.0f ms |%n", openMillis, MEETING, meetingMillis,
                perProvince * reports.size(), roundMillis);
    }

    /** Real cases of the province, registered, their process moved on to wait for the subcommittee. */
    private void awaitingReview(String province, int count) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> form = CaseDriver.registrationForm(province, YEAR);
            var outcome = registrations.register(form);
            assertThat(outcome).isInstanceOf(RegistrationService.Outcome.Registered.class);
            String caseNumber = ((RegistrationService.Outcome.Registered) outcome).caseNumber();
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey("organisation-case").singleResult().getId();
            runtime.createProcessInstanceModification(instance).cancelAllForActivity("reviewIntent")
                    .startBeforeActivity("awaitProvincialDecision").execute();
            jdbc.sql("update mo.organisation_case set status = 'AWAITING_PROVINCIAL_REVIEW' where case_number = ?")
                    .param(caseNumber).update();
        }
    }

    /** The province's meeting over its waiting cases, every one certified, minutes uploaded. */
    private long prepareMeeting(String province) {
        HttpResponse<String> opened = api.postJson("/api/review-meetings",
                "{\"provinceCode\":\"" + province + "\",\"fiscalYear\":" + YEAR + "}", DRA, DEMO);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.review_meeting where province_code = ? and fiscal_year = ?")
                .params(province, YEAR).query(Long.class).single();
        tasks.complete(meetingTask(id, "scheduleMeeting").getId(), Map.of("meetingDate", LocalDate.now().toString(),
                "meetingPlace", "ศาลากลางจังหวัด", "meetingMembers", "คณะอนุกรรมการ"));
        List<String> numbers = jdbc.sql("select case_number from mo.review_item where meeting_id = ? order by case_number")
                .param(id).query(String.class).list();
        StringBuilder json = new StringBuilder("[");
        for (String number : numbers) {
            json.append(json.length() == 1 ? "" : ",").append("{\"caseNumber\":\"").append(number)
                    .append("\",\"resolution\":\"CERTIFIED\",\"certifiedLevel\":").append(1 + Math.floorMod(number.hashCode(), 3))
                    .append("}");
        }
        HttpResponse<String> put = api.putJson("/api/review-meetings/" + id + "/resolutions", json.append("]").toString(),
                DRA, DEMO);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(api.upload("/api/review-meetings/" + id + "/minutes", "minutes.pdf", PDF, DRA, DEMO).statusCode())
                .isEqualTo(200);
        return id;
    }

    private long undelivered(String table, String key, long id) {
        return jdbc.sql("select count(*) from mo." + table + " where " + key + " = ? and delivery is null")
                .param(id).query(Long.class).single();
    }

    private Task meetingTask(long meeting, String key) {
        String instance = jdbc.sql("select process_instance_id from mo.review_meeting where id = ?").param(meeting)
                .query(String.class).single();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    /** Every case passed, as one meeting records them. */
    private static NationalRoundService.Decision decision(List<String> cases, String remarks) {
        return new NationalRoundService.Decision(LocalDate.now().toString(), null, remarks, cases.stream()
                .map(n -> new NationalRoundService.CaseDecision(n, true, false, null)).toList());
    }

    private Task nationalTask(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
