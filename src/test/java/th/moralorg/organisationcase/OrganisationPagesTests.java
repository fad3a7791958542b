package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.ClientAddresses;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * The organisation's pages over HTTP: their old static addresses answer 301 to the new ones,
 * a post without the page's CSRF token is refused, and what the browser tests cannot see.
 */
@IntegrationTest
class OrganisationPagesTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Value("${moralorg.public-forms.limit}")
    int publicFormLimit;
    @Value("${moralorg.public-forms.window}")
    java.time.Duration publicFormWindow;
    @Autowired
    th.moralorg.support.TestClock clock;

    @Test
    void theSetPasswordPageMovedAndTakesOnlyItsOwnPosts() throws Exception {
        HttpClient client = client();
        HttpResponse<String> old = get(client, "/set-password.html");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/set-password");

        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(form);
        driver.complete(caseNumber, "reviewIntent", "officer.50", Map.of("intentDecision", "ACCEPT"));
        String token = MailLinks.await((String) form.get("coordinatorEmail"), "/set-password\\?token=([A-Za-z0-9_-]+)");
        HttpResponse<String> page = get(client, "/set-password?token=" + token);
        assertThat(page.body()).contains("ยืนยันรหัสผ่าน");

        Map<String, String> fields = new LinkedHashMap<>(Map.of("token", token, "password", "ดอกไม้บาน2569",
                "again", "ดอกไม้บาน2569"));
        assertThat(post(client, "/set-password", fields).statusCode()).as("no CSRF token").isEqualTo(403);
        fields.put("_csrf", formToken(page.body()));
        fields.put("again", "ดอกไม้บาน2570");
        HttpResponse<String> mismatch = post(client, "/set-password", fields);
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"again-error\"", "รหัสผ่านทั้งสองช่องไม่ตรงกัน");

        fields.put("again", "ดอกไม้บาน2569");
        HttpResponse<String> chosen = post(client, "/set-password", fields);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/set-password");
        assertThat(get(client, "/set-password").body()).contains("ตั้งรหัสผ่านแล้ว");
        assertThat(post(client, "/set-password", fields).statusCode()).as("a link works once").isEqualTo(410);
        assertThat(get(client, "/set-password?token=" + token).statusCode()).isEqualTo(410);
    }

    @Test
    void theRegistrationPageMovedAndStoresNothingHalf() throws Exception {
        HttpClient client = client();
        HttpResponse<String> old = get(client, "/register.html");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/register");
        HttpResponse<String> page = get(client, "/register");
        assertThat(page.body()).contains("<option value=\"50\">เชียงใหม่</option>", "ชุมชนหรือองค์กรภาคประชาสังคม",
                "<option value=\"" + YEAR + "\">");

        Map<String, String> form = new LinkedHashMap<>();
        CaseDriver.registrationForm("50", YEAR).forEach((field, value) -> form.put(field, String.valueOf(value)));
        assertThat(post(client, "/register", form).statusCode()).as("no CSRF token").isEqualTo(403);
        form.put("_csrf", formToken(page.body()));
        form.put("headName", " ");
        HttpResponse<String> refused = post(client, "/register", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"error\" id=\"headName-error\">กรุณากรอกชื่อหัวหน้าองค์กร</p>",
                "aria-invalid=\"true\"");
        assertThat(organisations(form.get("organisationName"))).isZero();

        form.put("headName", "นายบุญมา ใจบุญ");
        HttpResponse<String> registered = post(client, "/register", form);
        assertThat(registered.statusCode()).isEqualTo(303);
        assertThat(get(client, "/register").body()).contains("ได้รับแบบแสดงความจำนง (อ.01) แล้ว", "MO-" + YEAR + "-50-");
        assertThat(organisations(form.get("organisationName"))).isOne();
        HttpResponse<String> again = post(client, "/register", form);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("ได้ลงทะเบียนเข้าร่วมในปีงบประมาณ");
    }

    @Test
    void aCorrectionLinkUsedOrMadeUpOpensNoForm() throws Exception {
        HttpClient client = client();
        HttpResponse<String> unknown = get(client, "/register/correction?token=made-up-token-made-up-token");
        assertThat(unknown.statusCode()).isEqualTo(410);
        assertThat(unknown.body()).contains("ลิงก์แก้ไขนี้ใช้ไม่ได้แล้ว").doesNotContain("<form method=\"post\" action=\"/register");

        Map<String, Object> registration = CaseDriver.registrationForm("50", YEAR);
        String caseNumber = driver.register(registration);
        driver.complete(caseNumber, "reviewIntent", "officer.50",
                Map.of("intentDecision", "CORRECT", "intentRemarks", "ระบุจำนวนสมาชิกให้ถูกต้อง"));
        String token = MailLinks.await((String) registration.get("coordinatorEmail"), "/register/correction\\?token=([A-Za-z0-9_-]+)");
        HttpResponse<String> page = get(client, "/register/correction?token=" + token);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        assertThat(post(client, "/register/correction", form).statusCode()).as("no CSRF token").isEqualTo(403);
        form.put("_csrf", formToken(page.body()));
        form.put("provinceCode", "10");
        HttpResponse<String> refused = post(client, "/register/correction", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"headName-error\"");
        assertThat(get(client, "/register/correction?token=" + token).statusCode()).as("still unused").isEqualTo(200);
    }

    @Test
    void theEvidencePageMovedAndIsItsCaseReadersOnly() throws Exception {
        String caseNumber = driver.register(CaseDriver.registrationForm("50", YEAR));
        HttpResponse<String> anonymous = get(client(), "/evidence?case=" + caseNumber);
        assertThat(anonymous.statusCode()).as("not signed in: to the sign-in page first").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpClient officer = SignIn.as(port, "officer.50", "demo");
        HttpResponse<String> old = get(officer, "/evidence.html?case=" + caseNumber);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/evidence?case=" + caseNumber);
        assertThat(get(officer, "/evidence?case=" + caseNumber).headers().firstValue("Location").orElseThrow())
                .endsWith("/cases/" + caseNumber + "/evidence");
        HttpResponse<String> own = get(officer, "/cases/" + caseNumber + "/evidence");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("enctype=\"multipart/form-data\"", "ยังไม่มีไฟล์");
        HttpResponse<String> noToken = officer.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/cases/" + caseNumber + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(noToken.statusCode()).as("no CSRF token").isEqualTo(403);

        HttpResponse<String> other = get(SignIn.as(port, "officer.10", "demo"), "/cases/" + caseNumber + "/evidence");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้").doesNotContain("enctype=");
        assertThat(jdbc.sql("select count(*) from mo.attachment where case_number = ?").param(caseNumber)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePagesFormsShareThePublicFormsLimitOfTheirAddress() throws Exception {
        String flooder = ClientAddresses.unique();
        clock.toStartOfNextWindow(publicFormWindow);
        try {
            flood(flooder);
        } finally {
            clock.reset();
        }
    }

    private void flood(String flooder) throws Exception {
        HttpClient client = client();
        Map<String, String> empty = Map.of("_csrf", formToken(get(client, "/register").body()));
        for (int i = 0; i < publicFormLimit; i++) {
            assertThat(postFrom(flooder, client, "/register", empty).statusCode()).as("form %d", i + 1).isEqualTo(400);
        }
        for (String page : new String[] {"/register", "/register/correction", "/set-password"}) {
            HttpResponse<String> refused = postFrom(flooder, client, page, empty);
            assertThat(refused.statusCode()).as(page).isEqualTo(429);
            assertThat(refused.body()).contains("ส่งแบบฟอร์มจากเครื่องนี้บ่อยเกินไป");
        }
    }

    private long organisations(String name) {
        return jdbc.sql("select count(*) from mo.organisation where name = ?").param(name).query(Long.class).single();
    }

    /** The CSRF field of the page's form (masked anew for every page). */
    static String formToken(String html) {
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(field.find()).as("the form's CSRF field").isTrue();
        return field.group(1);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return postFrom(null, client, path, fields);
    }

    /** As a trusted proxy passes on a client's address ({@code clientAddress}), when given. */
    HttpResponse<String> postFrom(String clientAddress, HttpClient client, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
