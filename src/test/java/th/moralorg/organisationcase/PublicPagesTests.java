package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.RegistryRows;
import th.moralorg.web.RequestCounts;

/**
 * Issue 16 items 2–4 for anyone, no sign-in: the registry of certified organisations (/registry,
 * /api/registry) shows a case its province certified, driven through the engine, and rows of a
 * fiscal year and province of this class's own, never a case not certified or withdrawn nor
 * anything of coordinators or heads; it pages and searches; a certificate is found by its printed
 * number, a forged one is not genuine; the status lookup answers alike for an unknown case and a
 * wrong e-mail; beyond the limits 429.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesTests {

    static final int YEAR = FiscalYear.containing(LocalDate.now()).buddhistYear();
    /** A fiscal year and province no other class writes: the registry's rows of this class alone. */
    static final int OWN_YEAR = 2651;
    static final String OWN_PROVINCE = "96";
    static final String OFFICER = "officer.50";
    static final String PASSWORD = "ทะเบียนสาธารณะ2569";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    Cases cases;
    @Autowired
    DocumentRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestCounts counts;
    @Autowired
    th.moralorg.support.TestClock clock;
    @Value("${moralorg.public-reads.limit}")
    int readLimit;
    @Value("${moralorg.public-forms.limit}")
    int formLimit;
    @Value("${moralorg.public-reads.window}")
    Duration readWindow;
    @Value("${moralorg.public-forms.window}")
    Duration formWindow;

    String tag;
    String certifiedCase;
    String certifiedName;
    String coordinator;
    String coordinatorName;
    List<String> listed = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    long withHistory;
    long withdrawn;
    String withdrawnCase;

    @BeforeAll
    void certifiedAndOtherCases() {
        tag = CaseListTests.thaiFragment();
        Map<String, Object> form = CaseDriver.registrationForm("50", YEAR);
        certifiedName = "สมาคม" + tag + "คุณธรรมนำสุข";
        form.put("organisationName", certifiedName);
        coordinator = (String) form.get("coordinatorEmail");
        coordinatorName = (String) form.get("coordinatorName");
        certifiedCase = driver.accepted(form, OFFICER, PASSWORD);
        driver.certify(certifiedCase, coordinator, OFFICER, 2, false);

        RegistryRows rows = new RegistryRows(jdbc);
        int n = 0;
        for (int i = 1; i <= 55; i++) {
            String name = "โรงเรียน" + tag + " ลำดับ " + "%02d".formatted(i);
            long id = rows.organisation(name, i % 2 == 0 ? "SCHOOL" : "GOVERNMENT", OWN_PROVINCE);
            rows.caseOf(id, caseNumber(++n), OWN_YEAR, OWN_PROVINCE, i % 5 == 0 ? "NATIONALLY_ENDORSED"
                    : "PROVINCIALLY_CERTIFIED", i % 3 + 1, "secret-" + i + "@example.org");
            listed.add(name);
        }
        String history = "วัด" + tag + "ร่มเย็น";
        withHistory = rows.organisation(history, "RELIGIOUS", OWN_PROVINCE);
        rows.caseOf(withHistory, caseNumber(++n), OWN_YEAR - 1, OWN_PROVINCE, "NATIONALLY_ENDORSED", 1, "wat@example.org");
        rows.caseOf(withHistory, caseNumber(++n), OWN_YEAR, OWN_PROVINCE, "PROVINCIALLY_CERTIFIED", 2, "wat@example.org");
        listed.add(history);
        String gone = "ชมรม" + tag + "ถอนตัวแล้ว";
        withdrawn = rows.organisation(gone, "COMMUNITY", OWN_PROVINCE);
        withdrawnCase = caseNumber(++n);
        // a level once recorded does not keep a withdrawn case in the registry
        rows.caseOf(withdrawn, withdrawnCase, OWN_YEAR, OWN_PROVINCE, "WITHDRAWN", 2, "gone@example.org");
        hidden.add(gone);
        for (String status : List.of("NOT_CERTIFIED", "AWAITING_PROVINCIAL_REVIEW", "NATIONALLY_NOT_ENDORSED")) {
            String name = "บริษัท" + tag + " " + status;
            long id = rows.organisation(name, "PRIVATE", OWN_PROVINCE);
            // not endorsed nationally without a level of the province: nothing certified to show
            rows.caseOf(id, caseNumber(++n), OWN_YEAR, OWN_PROVINCE, status, null, "no-" + n + "@example.org");
            hidden.add(name);
        }
    }

    private static String caseNumber(int n) {
        return "MO-" + OWN_YEAR + "-" + OWN_PROVINCE + "-" + "%04d".formatted(9000 + n);
    }

    @Test
    void theRegistryListsTheCertifiedPageByPageAndNothingElse() throws Exception {
        HttpClient anyone = HttpClient.newHttpClient();
        HttpResponse<String> first = get(anyone, "/registry?fiscalYear=" + OWN_YEAR + "&province=" + OWN_PROVINCE);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("public, max-age=300");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(send(anyone, request("/registry?fiscalYear=" + OWN_YEAR + "&province=" + OWN_PROVINCE)
                .header("If-None-Match", etag)).statusCode()).as("unchanged: no body again").isEqualTo(304);
        assertThat(rows(first.body())).hasSize(50);
        Matcher next = Pattern.compile("href=\"([^\"]+)\" id=\"next\"").matcher(first.body());
        assertThat(next.find()).as("a next page").isTrue();
        HttpResponse<String> second = get(anyone, next.group(1).replace("&amp;", "&"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).doesNotContain("id=\"next\"").contains("id=\"first\"");
        String both = first.body() + second.body();
        assertThat(rows(first.body()).size() + rows(second.body()).size()).isEqualTo(listed.size());
        assertThat(both).contains(listed);
        for (String name : hidden) {
            assertThat(both).doesNotContain(name);
        }
        assertThat(both).doesNotContain(RegistryRows.COORDINATOR_NAME, RegistryRows.COORDINATOR_PHONE,
                RegistryRows.HEAD_NAME, RegistryRows.ADDRESS, "secret-", "@example.org", "MO-" + OWN_YEAR);
        // the history inline, the newest year first in the list, the province's name
        assertThat(second.body()).contains((OWN_YEAR - 1) + ": ระดับ 1 · ", OWN_YEAR + ": ระดับ 2", "นราธิวาส");

        HttpResponse<String> signedIn = get(th.moralorg.support.SignIn.as(port, OFFICER, "demo"),
                "/registry?fiscalYear=" + OWN_YEAR + "&province=" + OWN_PROVINCE);
        assertThat(signedIn.headers().firstValue("Cache-Control").orElseThrow()).as("names the person: not kept")
                .isEqualTo("no-store");
    }

    @Test
    void theRegistrySearchesByPartOfANameAndFilters() throws Exception {
        HttpClient anyone = HttpClient.newHttpClient();
        String byName = get(anyone, "/registry?name=" + encode(tag + " ลำดับ 0")).body();
        assertThat(rows(byName)).hasSize(9);
        assertThat(get(anyone, "/registry?name=" + encode(tag + "ถอนตัว")).body()).contains("id=\"none\"");
        String level3Schools = get(anyone, "/registry?fiscalYear=" + OWN_YEAR + "&province=" + OWN_PROVINCE
                + "&level=3&type=SCHOOL").body();
        // i even (a school) and i % 3 == 2 (level 3): 2, 8, 14, …, 50
        assertThat(rows(level3Schools)).hasSize(9);
        assertThat(level3Schools).contains("ลำดับ 08").doesNotContain("ลำดับ 07");
        HttpResponse<String> refused = get(anyone, "/registry?level=7&name=" + encode("ก"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"level-error\">ระดับ ต้องอยู่ระหว่าง 1 ถึง 3",
                "ชื่อองค์กรที่ค้นหาต้องมีอย่างน้อย 2 ตัวอักษร");

        // the case the engine carried to its province's certificate, found by part of its name
        String found = get(anyone, "/registry?name=" + encode(tag + "คุณธรรม")).body();
        assertThat(found).contains(certifiedName, "เชียงใหม่", "ระดับ 2 องค์กรคุณธรรม", "สถานศึกษา")
                .doesNotContain(coordinator, coordinatorName, "นางสาวใจดี มีสุข", "081-234-5678", certifiedCase);
    }

    @Test
    void theJsonHasTheSameEntriesWithTheirHistoryAndNoPersonalData() throws Exception {
        HttpClient anyone = HttpClient.newHttpClient();
        HttpResponse<String> answer = get(anyone, "/api/registry?name=" + encode(tag));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(answer.body());
        assertThat(page.get("items")).hasSize(50);
        assertThat(page.get("next").asText()).isNotBlank();
        JsonNode rest = JSON.readTree(get(anyone, "/api/registry?name=" + encode(tag) + "&after="
                + page.get("next").asText()).body());
        List<String> names = new ArrayList<>();
        for (JsonNode p : List.of(page, rest)) {
            p.get("items").forEach(item -> names.add(item.get("organisationName").asText()));
        }
        // the organisation with two certified years is listed in each; the engine's case once
        assertThat(names).containsAll(listed).contains(certifiedName).doesNotContainAnyElementsOf(hidden)
                .hasSize(listed.size() + 2);
        assertThat(rest.get("next").isNull()).isTrue();
        JsonNode temple = null;
        for (JsonNode item : rest.get("items")) {
            if (item.get("organisationId").asLong() == withHistory && item.get("fiscalYear").asInt() == OWN_YEAR) {
                temple = item;
            }
        }
        assertThat(temple).isNotNull();
        assertThat(temple.get("history").toString()).isEqualTo("[{\"fiscalYear\":" + (OWN_YEAR - 1)
                + ",\"level\":1,\"levelName\":\"ระดับ 1 องค์กรส่งเสริมคุณธรรม\"},{\"fiscalYear\":" + OWN_YEAR
                + ",\"level\":2,\"levelName\":\"ระดับ 2 องค์กรคุณธรรม\"}]");
        assertThat(temple.get("organisationTypeName").asText()).isEqualTo("องค์กรศาสนา");
        String all = answer.body() + rest;
        assertThat(all).doesNotContain(RegistryRows.COORDINATOR_NAME, RegistryRows.HEAD_NAME, RegistryRows.ADDRESS,
                RegistryRows.COORDINATOR_PHONE, "@example.org", coordinatorName, "MO-");
        HttpResponse<String> refused = get(anyone, "/api/registry?after=yesterday");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ตำแหน่งหน้าถัดไปไม่ถูกต้อง");
    }

    @Test
    void anOrganisationsLevelHistoryAndNoPageForOneNotCertified() throws Exception {
        HttpClient anyone = HttpClient.newHttpClient();
        HttpResponse<String> page = get(anyone, "/registry/organisations/" + withHistory);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("วัด" + tag + "ร่มเย็น", "องค์กรศาสนา", "นราธิวาส",
                "พ.ศ. " + (OWN_YEAR - 1) + "</td><td>ระดับ 1 องค์กรส่งเสริมคุณธรรม",
                "พ.ศ. " + OWN_YEAR + "</td><td>ระดับ 2 องค์กรคุณธรรม").doesNotContain(RegistryRows.HEAD_NAME);
        for (String path : List.of("/registry/organisations/" + withdrawn, "/registry/organisations/abc",
                "/registry/organisations/99999999999")) {
            HttpResponse<String> none = get(anyone, path);
            assertThat(none.statusCode()).as(path).isEqualTo(404);
            assertThat(none.body()).contains("ไม่พบองค์กรนี้ในทะเบียน").doesNotContain("ถอนตัวแล้ว");
        }
    }

    @Test
    void aCertificateIsFoundByItsPrintedNumberAndAForgedOneIsNotGenuine() throws Exception {
        long organisation = cases.find(certifiedCase).orElseThrow().organisationId();
        DocumentRegister.Issued issued = register.issue("50", YEAR, DocumentKind.LEVEL_CERTIFICATE, certifiedCase,
                organisation, OFFICER);
        HttpClient anyone = HttpClient.newHttpClient();
        HttpResponse<String> form = get(anyone, "/certificates");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"lookUp\"", "เลขที่ (ตามที่พิมพ์บนเกียรติบัตร)");

        for (String typed : List.of(issued.reference(), "วธ 0450/" + issued.number(), " วธ๐๔๕๐ / " + ThaiNumerals.of(issued.number()))) {
            HttpResponse<String> found = get(anyone, "/certificates?number=" + encode(typed) + "&fiscalYear=" + YEAR);
            assertThat(found.statusCode()).as(typed).isEqualTo(200);
            assertThat(found.body()).contains("เกียรติบัตรฉบับนี้ออกโดยระบบบริหารงานองค์กรคุณธรรมจริง", certifiedName,
                    "องค์กรคุณธรรม", "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่", "พ.ศ. " + YEAR, issued.reference())
                    .doesNotContain("id=\"superseded\"", "id=\"noLongerStands\"", coordinator, coordinatorName);
        }
        for (String[] forged : List.of(new String[] {"วธ 0450/" + (issued.number() + 5000), Integer.toString(YEAR)},
                new String[] {issued.reference(), Integer.toString(YEAR + 3)},
                new String[] {"ชม 0033/" + issued.number(), Integer.toString(YEAR)})) {
            HttpResponse<String> refused = get(anyone, "/certificates?number=" + encode(forged[0]) + "&fiscalYear=" + forged[1]);
            assertThat(refused.statusCode()).as(String.join(" ", forged)).isEqualTo(404);
            assertThat(refused.body()).contains("ไม่พบเกียรติบัตรเลขที่นี้ของปีงบประมาณนี้ในระบบ", "ไม่ใช่ของจริง")
                    .doesNotContain(certifiedName);
        }
        HttpResponse<String> bad = get(anyone, "/certificates?number=12&fiscalYear=25");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"number-error\">กรุณากรอกเลขที่ตามที่พิมพ์บนเกียรติบัตร", "ปีงบประมาณ (พ.ศ.) ต้องอยู่ระหว่าง");

        // a reissue supersedes what was printed before; the QR code's page says so too
        register.reissue(DocumentKind.LEVEL_CERTIFICATE, certifiedCase, OFFICER);
        for (String path : List.of("/certificates?number=" + encode(issued.reference()) + "&fiscalYear=" + YEAR,
                "/certificates/" + issued.token())) {
            assertThat(get(anyone, path).body()).as(path).contains("id=\"superseded\"", "ฉบับแก้ไขครั้งที่ 1",
                    "ถูกแทนที่แล้ว", "id=\"revisedOn\"");
        }
        // a certificate of a case withdrawn since: genuine paper, no level standing
        DocumentRegister.Issued gone = register.issue(OWN_PROVINCE, OWN_YEAR, DocumentKind.LEVEL_CERTIFICATE,
                withdrawnCase, withdrawn, "officer.96");
        HttpResponse<String> lapsed = get(anyone, "/certificates?number=" + encode(gone.reference()) + "&fiscalYear=" + OWN_YEAR);
        assertThat(lapsed.statusCode()).isEqualTo(200);
        assertThat(lapsed.body()).contains("id=\"noLongerStands\"", "สำนักงานวัฒนธรรมจังหวัดนราธิวาส");
    }

    @Test
    void theStatusLookupAnswersAlikeForAnUnknownCaseAndAWrongAddress() throws Exception {
        HttpClient client = OrganisationPagesTests.client();
        HttpResponse<String> page = get(client, "/status");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> right = new LinkedHashMap<>(Map.of("caseNumber", certifiedCase.toLowerCase(),
                "email", coordinator.toUpperCase(), "_csrf", OrganisationPagesTests.formToken(page.body())));
        Map<String, String> noToken = new LinkedHashMap<>(right);
        noToken.remove("_csrf");
        assertThat(post(client, "/status", noToken).statusCode()).as("no CSRF token").isEqualTo(403);

        HttpResponse<String> shown = post(client, "/status", right);
        assertThat(shown.statusCode()).isEqualTo(200);
        // certified: the office's national-database entry and the national result run side by side
        // (seed 5.2.2(4)-(5)); the open task is what the lookup names, the national result comes next
        assertThat(section(shown.body())).contains(certifiedCase, "บันทึกลงฐานข้อมูลองค์กรคุณธรรม",
                "รอสำนักงานวัฒนธรรมจังหวัด ตั้งแต่ ", "รอผลการพิจารณาของคณะกรรมการระดับชาติ")
                .doesNotContain(certifiedName, coordinatorName);
        assertThat(shown.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");

        Map<String, String> wrongAddress = new LinkedHashMap<>(right);
        wrongAddress.put("email", "someone.else@example.org");
        Map<String, String> unknownCase = new LinkedHashMap<>(right);
        unknownCase.put("caseNumber", "MO-" + OWN_YEAR + "-" + OWN_PROVINCE + "-8999");
        HttpResponse<String> wrong = post(client, "/status", wrongAddress);
        HttpResponse<String> unknown = post(client, "/status", unknownCase);
        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
        assertThat(section(wrong.body())).isEqualTo(section(unknown.body())).contains("ไม่พบเรื่องที่ตรงกับเลขที่เรื่องและอีเมลนี้");
        // the same for a case that exists, with another case's coordinator
        Map<String, String> othersAddress = new LinkedHashMap<>(right);
        othersAddress.put("caseNumber", withdrawnCase);
        assertThat(section(post(client, "/status", othersAddress).body())).isEqualTo(section(unknown.body()));

        right.put("caseNumber", "MO-1");
        HttpResponse<String> refused = post(client, "/status", right);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"caseNumber-error\">เลขที่เรื่องมีรูปแบบ MO-ปี-จังหวัด-ลำดับ");
    }

    @Test
    void beyondTheLimitsAnAddressGets429InThai() throws Exception {
        // both windows are 10 minutes long by default: the whole of a fresh one for the test
        clock.toStartOfNextWindow(readWindow.compareTo(formWindow) > 0 ? readWindow : formWindow);
        try {
            floodBothLimits();
        } finally {
            clock.reset();
        }
    }

    private void floodBothLimits() throws Exception {
        String reader = "203.0.113.161";
        for (int i = 0; i < readLimit; i++) {
            counts.increment(RequestCounts.Scope.PUBLIC_READ, reader, readWindow);
        }
        HttpClient anyone = HttpClient.newHttpClient();
        for (String path : List.of("/registry", "/api/registry", "/certificates", "/registry/organisations/" + withHistory)) {
            HttpResponse<String> refused = send(anyone, request(path).header("X-Forwarded-For", reader));
            assertThat(refused.statusCode()).as(path).isEqualTo(429);
            assertThat(refused.body()).contains("เปิดหน้าสาธารณะจากเครื่องนี้บ่อยเกินไป");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
        // a browser asking for a page gets a page in Thai, an API client problem details
        HttpResponse<String> page = send(anyone, request("/registry").header("X-Forwarded-For", reader)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"th\">", "id=\"refusal\">เปิดหน้าสาธารณะจากเครื่องนี้บ่อยเกินไป");
        HttpResponse<String> api = send(anyone, request("/api/registry").header("X-Forwarded-For", reader)
                .header("Accept", "text/html,*/*"));
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(send(anyone, request("/registry").header("X-Forwarded-For", "203.0.113.162")).statusCode())
                .as("another address").isEqualTo(200);

        String asker = "203.0.113.163";
        for (int i = 0; i < formLimit; i++) {
            counts.increment(RequestCounts.Scope.PUBLIC_FORM, asker, formWindow);
        }
        HttpClient client = OrganisationPagesTests.client();
        Map<String, String> fields = Map.of("caseNumber", certifiedCase, "email", coordinator,
                "_csrf", OrganisationPagesTests.formToken(get(client, "/status").body()));
        HttpResponse<String> refused = post(client, "/status", fields, asker);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("ส่งแบบฟอร์มจากเครื่องนี้บ่อยเกินไป");
    }

    /** The rows of the registry's table on a page. */
    static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr data-organisation=\"\\d+\" data-year=\"\\d+\">").matcher(html);
        while (row.find()) {
            rows.add(row.group());
        }
        return rows;
    }

    /** The part of the status page that answers (the form below repeats what was typed). */
    static String section(String html) {
        int start = html.indexOf("<div id=\"notice\"");
        return html.substring(start, html.indexOf("</div>", start));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return send(client, request(path));
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields) throws IOException,
            InterruptedException {
        return post(client, path, fields, null);
    }

    /** As a trusted proxy passes on a client's address ({@code clientAddress}), when given. */
    HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields, String clientAddress)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return send(client, request);
    }
}
