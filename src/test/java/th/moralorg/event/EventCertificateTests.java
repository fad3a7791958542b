package th.moralorg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.ThaiDates;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.PdfText;
import th.moralorg.support.SignIn;
import th.moralorg.support.TestMail;
import th.moralorg.validation.FormValidationException;

/**
 * Seed 5.2.2(7), 2.5, issues 13 and 17: on the real event process, each attending
 * organisation gets a numbered certificate of participation, each honoured organisation one of
 * honour, the mail links to it; the organisation downloads its own and nobody else's; the summary
 * and honours are kept, and refused whole when wrong. Fiscal years 2640–2644 are this class's own.
 */
@IntegrationTest
class EventCertificateTests {

    private static final String OFFICER = DemoAccounts.CHIANG_MAI_OFFICER;
    private static final String DEMO = "demo";
    private static final String PASSWORD = "กิจกรรม2640ok";
    private static final String TITLE = "ตลาดนัดความดีเมืองเชียงใหม่";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    OrganisationAccess organisations;
    @Autowired
    DocumentRegister register;

    record Org(String caseNumber, String name, String coordinator) {
    }

    @Test
    void eachAttendingOrganisationGetsItsOwnNumberedCertificateAndNobodyElses() throws Exception {
        int year = 2640;
        List<Org> orgs = organisations(year, 3);
        Org a = orgs.get(0);
        Org b = orgs.get(1);
        Org absent = orgs.get(2);
        Api api = new Api(port);
        long id = plan(api, year, "GOODNESS_MARKET");
        invite(api, id, orgs);
        LocalDate heldOn = LocalDate.now().minusDays(2);

        // honours refused whole: an organisation not invited, a row naming nobody, a row without a reason
        HttpResponse<String> refused = api.putJson("/api/events/" + id + "/honours", "[{\"caseNumber\":\"" + a.caseNumber()
                + "\",\"reason\":\"จัดซุ้มความดีดีเด่น\"},{\"caseNumber\":\"MO-2640-10-9999\",\"reason\":\"x\"},"
                + "{\"reason\":\"ไม่มีชื่อ\"},{\"personName\":\"นายดี มีน้ำใจ\"}]", OFFICER, DEMO);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ไม่ได้รับเชิญเข้าร่วมกิจกรรมนี้", "ระบุองค์กร (เลขที่เรื่อง) หรือชื่อบุคคล",
                "กรุณากรอกเหตุที่ได้รับการยกย่อง");
        assertThat(honoursStored(id)).isZero();
        assertThat(api.putJson("/api/events/" + id + "/honours", "[]", DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode())
                .isEqualTo(403);
        HttpResponse<String> honoured = api.putJson("/api/events/" + id + "/honours", "[{\"caseNumber\":\"" + a.caseNumber()
                + "\",\"reason\":\"จัดซุ้มความดีดีเด่น\"},{\"personName\":\"นายดี มีน้ำใจ\",\"reason\":\"จิตอาสาตลอดงาน\"}]",
                OFFICER, DEMO);
        assertThat(honoured.statusCode()).as(honoured.body()).isEqualTo(200);
        assertThat(honoursStored(id)).isEqualTo(2);

        tasks.complete(task(id).getId(), Map.of("invitationsConfirmed", true));
        assertThat(api.putJson("/api/events/" + id + "/attendance", "{\"caseNumbers\":[\"" + a.caseNumber() + "\",\""
                + b.caseNumber() + "\"]}", OFFICER, DEMO).statusCode()).isEqualTo(200);

        // the summary refused: none given, fewer people than organisations; nothing of it kept
        Task attendance = task(id);
        assertThatThrownBy(() -> tasks.complete(attendance.getId(), Map.of("heldOn", heldOn.toString(),
                "attendanceConfirmed", true, "participantCount", 1, "eventOutcomes", "ผลดี")))
                .hasRootCauseInstanceOf(FormValidationException.class).hasMessageContaining("กรุณากรอกสรุปผลการจัดกิจกรรม")
                .hasMessageContaining("ต้องไม่น้อยกว่าจำนวนองค์กรที่มาร่วม (2 องค์กร)");
        assertThat(jdbc.sql("select count(*) from mo.provincial_event where id = ? and (status = 'HELD' or outcomes is not null)")
                .param(id).query(Long.class).single()).isZero();
        tasks.complete(attendance.getId(), Map.of("heldOn", heldOn.toString(), "attendanceConfirmed", true,
                "eventSummary", "จัดซุ้มแสดงผลงานขององค์กรคุณธรรม 12 ซุ้ม และเวทีแลกเปลี่ยนเรียนรู้",
                "participantCount", 150, "eventOutcomes", "องค์กรได้แนวทางขยายผลกิจกรรมความดี"));

        ProvincialEvents.Event held = jdbcEvent(id);
        assertThat(held.status()).isEqualTo("HELD");
        assertThat(held.summary()).startsWith("จัดซุ้มแสดงผลงาน");
        assertThat(held.participantCount()).isEqualTo(150);
        assertThat(held.outcomes()).isEqualTo("องค์กรได้แนวทางขยายผลกิจกรรมความดี");

        // one numbered certificate per attending organisation, in the register, none for the absent one
        DocumentRegister.Issued ofA = register.find(DocumentKind.PARTICIPATION_CERTIFICATE, a.caseNumber() + "/EVENT-" + id)
                .orElseThrow();
        DocumentRegister.Issued ofB = register.find(DocumentKind.PARTICIPATION_CERTIFICATE, b.caseNumber() + "/EVENT-" + id)
                .orElseThrow();
        assertThat(register.find(DocumentKind.PARTICIPATION_CERTIFICATE, absent.caseNumber() + "/EVENT-" + id)).isEmpty();
        assertThat(ofA.number()).isNotEqualTo(ofB.number());
        assertThat(Math.abs(ofA.number() - ofB.number())).isEqualTo(1);
        assertThat(ofA.office()).isEqualTo("50");
        assertThat(ofA.fiscalYear()).isEqualTo(year);
        assertThat(ofA.reference()).isEqualTo("ที่ วธ ๐๔๕๐/" + ThaiNumerals.of(ofA.number()));
        DocumentRegister.Issued honourOfA = register.find(DocumentKind.HONOUR_CERTIFICATE, a.caseNumber() + "/EVENT-" + id)
                .orElseThrow();
        assertThat(register.find(DocumentKind.HONOUR_CERTIFICATE, b.caseNumber() + "/EVENT-" + id)).isEmpty();

        // the mail to each attending organisation links to its certificate; none to the absent one
        String pathA = "/cases/" + a.caseNumber() + "/event-certificates/" + ofA.id() + ".pdf";
        String mail = text(awaitMail(a.coordinator()));
        assertThat(mail).contains(TITLE, pathA, "/event-certificates/" + honourOfA.id() + ".pdf", "ยกย่องเชิดชูเกียรติ");
        assertThat(text(awaitMail(b.coordinator()))).contains("/event-certificates/" + ofB.id() + ".pdf")
                .doesNotContain("ยกย่อง");
        assertThat(TestMail.to(absent.coordinator()).stream().filter(m -> subject(m).contains("เกียรติบัตร"))).isEmpty();

        // the organisation downloads its own: its name, the event's Thai name and type, the day in พ.ศ.
        HttpClient own = SignIn.as(port, a.coordinator(), PASSWORD);
        HttpResponse<byte[]> pdf = bytes(own, pathA);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        List<String> lines = text(pdf.body(), "event-participation-certificate");
        assertThat(unwrapped(lines)).contains(unwrapped(List.of(a.name())))
                .contains(unwrapped(List.of("ได้เข้าร่วมตลาดนัดความดี \"" + TITLE + "\"")));
        assertThat(lines).contains(ofA.reference(), "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่", "เกียรติบัตร",
                "วัฒนธรรมจังหวัดเชียงใหม่");
        assertThat(unwrapped(lines)).contains(unwrapped(List.of("เมื่อวันที่ " + ThaiNumerals.of(ThaiDates.longDate(heldOn)))));
        assertThat(ThaiDates.longDate(heldOn)).contains("พ.ศ.");
        List<String> honour = text(bytes(own, "/cases/" + a.caseNumber() + "/event-certificates/" + honourOfA.id() + ".pdf")
                .body(), "event-honour-certificate");
        assertThat(unwrapped(honour)).contains(unwrapped(List.of("ได้รับการยกย่องเชิดชูเกียรติในตลาดนัดความดี")),
                unwrapped(List.of("จัดซุ้มความดีดีเด่น")), unwrapped(List.of(a.name())));

        // the province's officers and DRA read it; another organisation, another province get 404
        for (String[] reader : List.of(new String[] {OFFICER, DEMO}, new String[] {DemoAccounts.DRA_OFFICER, DEMO})) {
            assertThat(bytes(SignIn.as(port, reader[0], reader[1]), pathA).statusCode()).as(reader[0]).isEqualTo(200);
        }
        HttpClient other = SignIn.as(port, absent.coordinator(), PASSWORD);
        for (HttpClient stranger : List.of(other, SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, DEMO),
                SignIn.as(port, b.coordinator(), PASSWORD))) {
            HttpResponse<byte[]> answer = bytes(stranger, pathA);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain(a.name());
        }
        // nor by putting another case's number in the path
        assertThat(bytes(SignIn.as(port, b.coordinator(), PASSWORD), "/cases/" + b.caseNumber() + "/event-certificates/"
                + ofA.id() + ".pdf").statusCode()).isEqualTo(404);

        // where the organisation sees its documents: its home and its case's file
        String home = page(own, "/organisation");
        assertThat(home).contains(pathA, ofA.reference(), "เกียรติบัตรการเข้าร่วมกิจกรรม", "เกียรติบัตรยกย่อง");
        assertThat(page(own, "/cases/" + a.caseNumber())).contains(pathA, "เกียรติบัตรการเข้าร่วมกิจกรรม", ofA.reference());
        assertThat(page(SignIn.as(port, OFFICER, DEMO), "/events/" + id)).contains(pathA, "สรุปผลการจัดกิจกรรม",
                "150 คน", "นายดี มีน้ำใจ", "จิตอาสาตลอดงาน", "จัดซุ้มความดีดีเด่น");
        HttpResponse<String> listed = api.get("/api/cases/" + a.caseNumber() + "/certificates", OFFICER, DEMO);
        assertThat(listed.body()).contains("PARTICIPATION_CERTIFICATE", "HONOUR_CERTIFICATE", pathA).doesNotContain("CERT-");

        // a reissue: the same number, the next version, marked on the paper; the event's office only
        String reissue = "/api/events/" + id + "/certificates/" + ofA.id() + "/reissue";
        assertThat(api.postJson(reissue, "{}", a.coordinator(), PASSWORD).statusCode()).isIn(403, 404);
        assertThat(api.postJson(reissue, "{}", DemoAccounts.BANGKOK_OFFICER, DEMO).statusCode()).isEqualTo(403);
        HttpResponse<String> again = api.postJson(reissue, "{}", OFFICER, DEMO);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("number").asInt()).isEqualTo(ofA.number());
        assertThat(JSON.readTree(again.body()).get("version").asInt()).isEqualTo(2);
        assertThat(text(bytes(own, pathA).body(), "event-participation-certificate-revised"))
                .contains(ofA.reference(), "ฉบับแก้ไขครั้งที่ ๑");
        assertThat(api.postJson("/api/events/" + id + "/certificates/" + (ofA.id() + 1_000_000) + "/reissue", "{}",
                OFFICER, DEMO).statusCode()).isEqualTo(404);

        // once held, the honours are closed
        assertThat(api.putJson("/api/events/" + id + "/honours", "[]", OFFICER, DEMO).statusCode()).isEqualTo(409);
    }

    /**
     * Cases of Chiang Mai in {@code year} (CaseStandIn: registration takes this year's and the
     * next only), each with its own coordinator, signed up as the office's acceptance signs them up.
     */
    private List<Org> organisations(int year, int count) {
        List<Org> orgs = new ArrayList<>();
        for (String caseNumber : new CaseStandIn(jdbc, runtime, repository).cases("50", year, "ACCEPTED", count,
                CaseStandIn.ORIENTATION_PROCESS)) {
            String coordinator = "coord-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            jdbc.sql("update mo.organisation_case set coordinator_email = ? where case_number = ?")
                    .params(coordinator, caseNumber).update();
            Map<String, Object> org = jdbc.sql("""
                    select o.id, o.name from mo.organisation o join mo.organisation_case c on c.organisation_id = o.id
                     where c.case_number = ?""").param(caseNumber).query().singleRow();
            String group = organisations.ensureGroup(((Number) org.get("id")).longValue(), (String) org.get("name"), "50");
            organisations.ensureCoordinator(coordinator, "ผู้ประสานงาน ทดสอบ", coordinator, group);
            organisations.setPassword(coordinator, PASSWORD);
            orgs.add(new Org(caseNumber, (String) org.get("name"), coordinator));
        }
        return orgs;
    }

    private long plan(Api api, int year, String type) {
        HttpResponse<String> planned = api.postJson("/api/events", "{\"provinceCode\":\"50\",\"fiscalYear\":" + year
                + ",\"eventType\":\"" + type + "\",\"title\":\"" + TITLE + "\",\"plannedOn\":\""
                + LocalDate.now().minusDays(2) + "\",\"place\":\"ลานประตูท่าแพ\"}", OFFICER, DEMO);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        try {
            return JSON.readTree(planned.body()).get("id").asLong();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void invite(Api api, long id, List<Org> orgs) {
        String numbers = String.join("\",\"", orgs.stream().map(Org::caseNumber).toList());
        HttpResponse<String> invited = api.postJson("/api/events/" + id + "/invitations",
                "{\"caseNumbers\":[\"" + numbers + "\"]}", OFFICER, DEMO);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
    }

    private long honoursStored(long id) {
        return jdbc.sql("select count(*) from mo.event_honour where event_id = ?").param(id).query(Long.class).single();
    }

    private ProvincialEvents.Event jdbcEvent(long id) {
        return jdbc.sql("select * from mo.provincial_event where id = ?").param(id).query(ProvincialEvents.Event.class)
                .single();
    }

    private Task task(long eventId) {
        return tasks.createTaskQuery().processInstanceBusinessKey("EVENT-" + eventId).singleResult();
    }

    private static MimeMessage awaitMail(String address) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> TestMail.to(address).stream().anyMatch(m -> subject(m).contains("เกียรติบัตร")));
        return TestMail.to(address).stream().filter(m -> subject(m).contains("เกียรติบัตร")).findFirst().orElseThrow();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text and HTML parts, one string. */
    private static String text(MimeMessage mail) throws Exception {
        StringBuilder all = new StringBuilder();
        collect(mail.getContent(), all);
        return all.toString();
    }

    private static void collect(Object content, StringBuilder into) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i).getContent(), into);
            }
        } else {
            into.append(content).append('\n');
        }
    }

    private static List<String> text(byte[] pdf, String name) throws IOException {
        return PdfText.lines(pdf, name);
    }

    private static String unwrapped(List<String> lines) {
        return PdfText.unwrapped(lines);
    }

    private HttpResponse<byte[]> bytes(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String page(HttpClient client, String path) throws Exception {
        HttpResponse<byte[]> answer = bytes(client, path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
