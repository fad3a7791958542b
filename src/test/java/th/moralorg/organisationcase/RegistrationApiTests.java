package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.ClientAddresses;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.TestClock;

/** The public registration, the correction link, the set-password link and evidence files, over HTTP. */
@IntegrationTest
@RecordApplicationEvents
class RegistrationApiTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseDriver driver;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TestClock clock;
    @Value("${moralorg.public-forms.limit}")
    int publicFormLimit;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anOrganisationRegistersWithoutLoggingInAndGetsItsCaseNumber() throws Exception {
        HttpResponse<String> response = post(CaseDriver.registrationForm("10", YEAR));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("MO-" + YEAR + "-10-\\d{4}");
        assertThat(body.get("message").asText()).contains("ได้รับแบบแสดงความจำนง");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("organisation-case")
                .processInstanceBusinessKey(caseNumber).singleResult().getTenantId()).isEqualTo("province-10");
    }

    @Test
    void badInputGetsAThaiMessagePerFieldAndNothingIsStored() throws Exception {
        long organisations = count("mo.organisation");
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("organisation-case").count();
        Map<String, Object> form = CaseDriver.registrationForm("99", 2020);
        form.put("coordinatorEmail", "not-an-email");
        form.put("executiveCount", "ห้า");
        form.put("memberCount", -3);
        form.put("organisationType", "CASINO");
        form.put("consent", false);
        form.remove("headName");
        form.put("coordinatorPhone", "<script>");

        HttpResponse<String> response = post(form);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("provinceCode", "fiscalYear",
                "coordinatorEmail", "executiveCount", "memberCount", "organisationType", "consent", "headName",
                "coordinatorPhone");
        assertThat(errors.get("headName").asText()).isEqualTo("กรุณากรอกชื่อหัวหน้าองค์กร");
        assertThat(errors.get("coordinatorEmail").asText()).isEqualTo("อีเมลผู้ประสานงาน ไม่ใช่อีเมลที่ถูกต้อง");
        assertThat(count("mo.organisation")).isEqualTo(organisations);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("organisation-case").count())
                .isEqualTo(instances);
    }

    @Test
    void unreadableRequestsGetA4xxInThai() {
        HttpResponse<String> broken = api.postRaw("/api/registrations", "application/json", "{\"organisationName\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("JSON");
        HttpResponse<String> array = api.postRaw("/api/registrations", "application/json", "[1,2]");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(api.postRaw("/api/registrations", "text/plain", "hello").statusCode()).isEqualTo(415);
    }

    @Test
    void oneAddressSendingPublicFormsOverAndOverIsSlowedDownWithAThaiMessage() throws Exception {
        String flooder = ClientAddresses.unique();
        String empty = "{}";
        clock.toStartOfNextWindow(Duration.ofMinutes(10)); // moralorg.public-forms.window
        for (int i = 0; i < publicFormLimit; i++) {
            assertThat(api.postJsonFrom(flooder, "/api/registrations", empty).statusCode()).as("form %d", i + 1)
                    .isEqualTo(400);
        }
        HttpResponse<String> refused = api.postJsonFrom(flooder, "/api/accounts/set-password", empty);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).startsWith("ส่งแบบฟอร์มจากเครื่องนี้บ่อยเกินไป");
        // nobody else is slowed down, and reading stays open
        assertThat(api.postJsonFrom("198.51.100.7", "/api/registrations", empty).statusCode()).isEqualTo(400);
        assertThat(api.get("/api/provinces", null, null).statusCode()).isEqualTo(200);
        // the next window lets the address in again
        clock.advance(Duration.ofMinutes(11));
        try {
            assertThat(api.postJsonFrom(flooder, "/api/registrations", empty).statusCode()).isEqualTo(400);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aSecondRegistrationForTheSameYearIsRefusedClearlyWithoutNamingTheCase() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("10", YEAR);
        String first = JSON.readTree(post(form).body()).get("caseNumber").asText();

        HttpResponse<String> again = post(form);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ลงทะเบียนเข้าร่วมในปีงบประมาณ พ.ศ. " + YEAR + " แล้ว")
                .contains("สำนักงานวัฒนธรรมจังหวัด");
        // anyone may ask: the answer names no case
        assertThat(again.body()).doesNotContain(first).doesNotContain("caseNumber").doesNotContain("MO-");
    }

    @Test
    void theSameOrganisationSentTwiceAtOnceIsRegisteredOnce() throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("10", YEAR);
        String body = JSON.writeValueAsString(form);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<Integer> register =
                    () -> api.postJson("/api/registrations", body, null, null).statusCode();
            var answers = pool.invokeAll(java.util.Collections.nCopies(4, register));
            List<Integer> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from mo.organisation where name = ?").param(form.get("organisationName"))
                .query(Long.class).single()).isOne();
    }

    @Test
    void organisationsOfOneProvinceRegisteringAtOnceGetDistinctNumbers() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<String>> registrations = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> form = new java.util.HashMap<>(CaseDriver.registrationForm("10", YEAR));
                form.put("organisationName", "องค์กรพร้อมกัน " + i + " " + System.nanoTime());
                String body = JSON.writeValueAsString(form);
                registrations.add(() -> {
                    HttpResponse<String> answer = api.postJson("/api/registrations", body, null, null);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    return JSON.readTree(answer.body()).get("caseNumber").asText();
                });
            }
            List<String> numbers = new java.util.ArrayList<>();
            for (var answer : pool.invokeAll(registrations)) {
                numbers.add(answer.get());
            }
            // the number is taken apart from the registration (issue 14 item 4): unique, each with its case
            assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("MO-" + YEAR + "-10-"));
            assertThat(jdbc.sql("select count(*) from mo.organisation_case where case_number = any(?)")
                    .param(numbers.toArray(String[]::new)).query(Long.class).single()).isEqualTo(8);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCaseIsReadableByItsProvinceOnly() throws Exception {
        String caseNumber = JSON.readTree(post(CaseDriver.registrationForm("50", YEAR)).body()).get("caseNumber").asText();

        assertThat(api.get("/api/cases/" + caseNumber, null, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/cases/" + caseNumber, "officer.10", "demo").statusCode()).isEqualTo(404);
        HttpResponse<String> own = api.get("/api/cases/" + caseNumber, "officer.50", "demo");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(api.get("/api/cases/" + caseNumber, "manager", "demo").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/provinces", null, null).body()).contains("เชียงใหม่");
    }

    @Test
    void theOrganisationCorrectsItsFormThroughTheOneTimeLink() throws Exception {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));
        driver.complete(caseNumber, "reviewIntent", "officer.50",
                Map.of("intentDecision", "CORRECT", "intentRemarks", "ระบุจำนวนสมาชิกให้ถูกต้อง"));
        String token = linkToken(caseNumber, CaseNotification.Kind.CORRECTION_NEEDED, "correctionUrl");

        HttpResponse<String> current = api.get("/api/registrations/correction?token=" + token, null, null);
        assertThat(current.statusCode()).isEqualTo(200);
        Map<String, Object> form = new HashMap<>(JSON.readValue(JSON.readTree(current.body()).get("form").asText(),
                Map.class));
        form.put("memberCount", 135);
        form.put("consent", true);
        form.put("token", token);
        form.put("provinceCode", "10");
        assertThat(api.postJson("/api/registrations/correction", JSON.writeValueAsString(form), null, null)
                .statusCode()).as("the province cannot change").isEqualTo(400);
        form.put("provinceCode", "50");
        HttpResponse<String> corrected = api.postJson("/api/registrations/correction", JSON.writeValueAsString(form),
                null, null);

        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(driver.task(caseNumber).getTaskDefinitionKey()).isEqualTo("reviewIntent");
        assertThat(driver.status(caseNumber)).isEqualTo("REGISTERED");
        assertThat(jdbc.sql("select max(version) from mo.form_submission where case_number = ? and form_code = 'O01'")
                .param(caseNumber).query(Integer.class).single()).isEqualTo(2);
        assertThat(api.postJson("/api/registrations/correction", JSON.writeValueAsString(form), null, null)
                .statusCode()).as("a link works once").isEqualTo(410);
    }

    @Test
    void aSetPasswordLinkExpiresAfterItsValidity() throws Exception {
        Map<String, Object> registration = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(registration);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        String token = linkToken(caseNumber, CaseNotification.Kind.REGISTRATION_ACCEPTED, "setPasswordUrl");

        clock.advance(Duration.ofDays(3).plusMinutes(1)); // moralorg.case.set-password-link-validity: P3D
        try {
            HttpResponse<String> late = api.postJson("/api/accounts/set-password",
                    "{\"token\":\"" + token + "\",\"password\":\"ดอกไม้บาน2569\"}", null, null);
            assertThat(late.statusCode()).isEqualTo(410);
            assertThat(JSON.readTree(late.body()).get("detail").asText()).contains("หมดอายุ", "ขอลิงก์ใหม่");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theCoordinatorSetsAPasswordOnceAndThenWorksThroughTheApi() throws Exception {
        Map<String, Object> registration = CaseDriver.registrationForm("50", YEAR);
        String coordinator = (String) registration.get("coordinatorEmail");
        String caseNumber = driver.register(registration);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        String token = linkToken(caseNumber, CaseNotification.Kind.REGISTRATION_ACCEPTED, "setPasswordUrl");

        HttpResponse<String> weak = api.postJson("/api/accounts/set-password",
                "{\"token\":\"" + token + "\",\"password\":\"short\"}", null, null);
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("อย่างน้อย 10 ตัวอักษร");
        HttpResponse<String> set = api.postJson("/api/accounts/set-password",
                "{\"token\":\"" + token + "\",\"password\":\"ดอกไม้บาน2569\"}", null, null);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/accounts/set-password",
                "{\"token\":\"" + token + "\",\"password\":\"another-pass-1\"}", null, null).statusCode()).isEqualTo(410);

        assertThat(api.get("/engine-rest/task?maxResults=10", coordinator, "ดอกไม้บาน2569").statusCode()).isEqualTo(200);
        HttpResponse<String> status = api.get("/api/cases/" + caseNumber, coordinator, "ดอกไม้บาน2569");
        assertThat(JSON.readTree(status.body()).get("status").asText()).isEqualTo("ACCEPTED");

        // evidence files: type from content, checksum, size; another organisation's coordinator sees nothing
        byte[] pdf = "%PDF-1.4\n% หลักฐาน\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = api.multipart("/api/cases/" + caseNumber + "/attachments", "DECLARATION", "ประกาศ.pdf",
                pdf, coordinator, "ดอกไม้บาน2569");
        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(upload.body()).get("sha256").asText()).isEqualTo(Attachments.sha256(pdf));
        HttpResponse<String> disguised = api.multipart("/api/cases/" + caseNumber + "/attachments", "EVIDENCE", "virus.pdf",
                "MZ this is not a pdf".getBytes(StandardCharsets.UTF_8), coordinator, "ดอกไม้บาน2569");
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.body()).contains("PDF, PNG หรือ JPEG");
        assertThat(api.multipart("/api/cases/" + caseNumber + "/attachments", "EVIDENCE", "a.pdf",
                new byte[11 * 1024 * 1024], coordinator, "ดอกไม้บาน2569").statusCode()).isBetween(400, 413);
        assertThat(api.get("/api/cases/" + caseNumber + "/attachments", "officer.10", "demo").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/cases/" + caseNumber + "/attachments", "officer.50", "demo").body())
                .contains("ประกาศ.pdf");
    }

    private String linkToken(String caseNumber, CaseNotification.Kind kind, String urlKey) {
        CaseNotification notification = events.stream(CaseNotification.class)
                .filter(n -> n.caseNumber().equals(caseNumber) && n.kind() == kind).findFirst().orElseThrow();
        return ((String) notification.data().get(urlKey)).replaceFirst(".*[?]token=", "");
    }

    private HttpResponse<String> post(Map<String, Object> form) throws Exception {
        return api.postJson("/api/registrations", JSON.writeValueAsString(form), null, null);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
