package th.moralorg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.documents.WordDocument;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.ThaiDates;
import th.moralorg.support.Api;
import th.moralorg.support.CaseStandIn;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Jobs;
import th.moralorg.support.SignIn;

/**
 * Issue 17: the provincial subcommittee's papers (seed 5.2.2(2)–(4)) from a meeting of Nakhon
 * Pathom (73), fiscal year 2630, whose list holds three cases resolved three ways: each paper's
 * content read back from the PDF (PDFBox) and the Word file (POI), the letters' numbers from the
 * office's outgoing series, who may download. First pages kept under target/documents/.
 */
@IntegrationTest
class MeetingPapersTests {

    static final String PROVINCE = "73";
    static final int YEAR = 2630;
    static final String OFFICER = "officer.73";
    static final String PASSWORD = "demo";
    static final Path PAPERS = Path.of("target", "documents");

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
    IdentityService identity;
    @Autowired
    ReviewMeetings meetings;
    @Autowired
    DocumentRegister register;
    @Autowired
    Clock clock;

    @Test
    void theSubcommitteesPapersCarryTheMeetingsCasesResolutionsAndNumbers() throws Exception {
        officer();
        Api api = new Api(port);
        List<String> numbers = new CaseStandIn(jdbc, runtime, repository)
                .cases(PROVINCE, YEAR, ReviewMeetings.AWAITING, 3, CaseStandIn.CASE_PROCESS);
        jdbc.sql("insert into mo.form_submission (case_number, form_code, version, data) values (?, 'O02_O03', 2, ?::jsonb)")
                .params(numbers.get(0), "{\"step1Score\": 2, \"step2Score\": 2, \"step3Score\": 1, \"step4Score\": 2,"
                        + " \"step5Score\": 0, \"step6Score\": 2, \"step7Score\": 2, \"step8Score\": 2, \"step9Score\": 1}")
                .update();
        List<String> names = numbers.stream().map(this::organisationName).toList();
        List<Integer> proposed = numbers.stream().map(n -> jdbc.sql(
                "select proposed_level from mo.organisation_case where case_number = ?").param(n).query(Integer.class)
                .single()).toList();
        HttpResponse<String> opened = api.postJson("/api/review-meetings",
                "{\"provinceCode\":\"" + PROVINCE + "\",\"fiscalYear\":" + YEAR + "}", OFFICER, PASSWORD);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = jdbc.sql("select max(id) from mo.review_meeting where province_code = ? and fiscal_year = ?")
                .params(PROVINCE, YEAR).query(Long.class).single();
        String papers = "/meetings/" + id + "/papers/";
        HttpClient officer = SignIn.as(port, OFFICER, PASSWORD);

        // before the date is set: no invitation yet; the agenda leaves the date to fill in
        HttpResponse<byte[]> early = get(officer, papers + "invitation.pdf");
        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(new String(early.body(), StandardCharsets.UTF_8)).contains("ยังไม่ได้กำหนดวัน");
        assertThat(register.find(DocumentKind.SUBCOMMITTEE_INVITATION, "REVIEW-" + id)).isEmpty();
        assertThat(joined(pdfText(get(officer, papers + "agenda.pdf").body(), null))).contains("วัน.....");

        LocalDate day = LocalDate.now(clock);
        tasks.complete(task(id, "scheduleMeeting").getId(), Map.of("meetingDate", day.toString(),
                "meetingPlace", "ห้องประชุมพระปฐมเจดีย์ ศาลากลางจังหวัดนครปฐม",
                "meetingMembers", "นายสมศักดิ์ ใจซื่อ ผู้ว่าราชการจังหวัด ประธาน\nนางสาววิไล ศรีสุข วัฒนธรรมจังหวัด เลขานุการ"));
        String meetingDay = ThaiNumerals.of(ThaiDates.longDate(day));
        // the agenda's mail to the office points at the papers
        assertThat(jdbc.sql("select body_text from mo.notification where kind = 'subcommittee-agenda' and business_key = ?")
                .param("REVIEW-" + id).query(String.class).list())
                .isNotEmpty().allSatisfy(body -> assertThat(body).contains("ดูเอกสารการประชุม: http", "/meetings/" + id + "#papers"));

        // DRA reads the meeting but does not issue the office's letter
        HttpResponse<byte[]> dra = get(SignIn.as(port, DemoAccounts.DRA_OFFICER, "demo"), papers + "invitation.pdf");
        assertThat(dra.statusCode()).isEqualTo(404);
        assertThat(new String(dra.body(), StandardCharsets.UTF_8)).contains("ยังไม่ได้ออกหนังสือเชิญประชุม");

        // 1. the invitation: numbered on the officer's first download, the same number after
        HttpResponse<byte[]> invitation = get(officer, papers + "invitation.pdf");
        assertThat(invitation.statusCode()).isEqualTo(200);
        assertThat(invitation.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(invitation.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        DocumentRegister.Issued invited = register.find(DocumentKind.SUBCOMMITTEE_INVITATION, "REVIEW-" + id).orElseThrow();
        assertThat(invited.issuedBy()).isEqualTo(OFFICER);
        assertThat(invited.issuedTo()).isNull();
        assertThat(invited.addressee()).isEqualTo("คณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดนครปฐม");
        assertThat(invited.reference()).isEqualTo("ที่ วธ ๐๔๗๓/" + ThaiNumerals.of(invited.number()));
        String letterDate = ThaiNumerals.of(ThaiDates.longDate(invited.issuedAt(), clock.getZone())).replace("พ.ศ. ", "");
        assertThat(letterDate).matches("[๐-๙]{1,2} \\S+ [๐-๙]{4}");
        List<String> lines = pdfText(invitation.body(), "meeting-invitation");
        assertThat(lines).contains(invited.reference() + " สำนักงานวัฒนธรรมจังหวัดนครปฐม", letterDate, "ขอแสดงความนับถือ",
                "วัฒนธรรมจังหวัดนครปฐม", "๑. นายสมศักดิ์ ใจซื่อ ผู้ว่าราชการจังหวัด ประธาน",
                "๒. นางสาววิไล ศรีสุข วัฒนธรรมจังหวัด เลขานุการ");
        assertThat(joined(lines)).contains(joined(List.of("เรื่อง ขอเชิญประชุมคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดนครปฐม")),
                joined(List.of("ประจำปีงบประมาณ พ.ศ. ๒๖๓๐ จำนวน ๓ องค์กร")),
                joined(List.of(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.forLanguageTag("th-TH")) + "ที่ " + meetingDay)),
                joined(List.of("ห้องประชุมพระปฐมเจดีย์ ศาลากลางจังหวัดนครปฐม")));
        assertThat(pdfText(get(officer, papers + "invitation.pdf").body(), null)).contains(invited.reference() + " "
                + "สำนักงานวัฒนธรรมจังหวัดนครปฐม");
        Word invitationWord = word(get(officer, papers + "invitation.docx"), "meeting-invitation");
        assertThat(invitationWord.text()).contains(invited.reference() + "\tสำนักงานวัฒนธรรมจังหวัดนครปฐม", letterDate,
                "เรื่อง\tขอเชิญประชุมคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดนครปฐม",
                "๑. นายสมศักดิ์ ใจซื่อ ผู้ว่าราชการจังหวัด ประธาน", meetingDay);
        assertThat(register.find(DocumentKind.SUBCOMMITTEE_INVITATION, "REVIEW-" + id).orElseThrow().number())
                .as("PDF and Word, twice: one letter").isEqualTo(invited.number());

        // the resolutions, in three ways
        String json = "[{\"caseNumber\":\"" + numbers.get(0) + "\",\"resolution\":\"CERTIFIED\",\"certifiedLevel\":3,"
                + "\"outstandingModel\":true},{\"caseNumber\":\"" + numbers.get(1) + "\",\"resolution\":\"REVISE\","
                + "\"remarks\":\"ควรแนบภาพกิจกรรมขั้นที่ 5\"}]";
        assertThat(api.putJson("/api/review-meetings/" + id + "/resolutions", json, OFFICER, PASSWORD).statusCode())
                .isEqualTo(200);

        // 2. the agenda: the preliminary list, per case its organisation, proposed level and scores
        byte[] agendaPdf = get(officer, papers + "agenda.pdf").body();
        String agenda = joined(pdfText(agendaPdf, "meeting-agenda"));
        assertThat(agenda).contains(joined(List.of("ระเบียบวาระการประชุมคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดนครปฐม")),
                joined(List.of("ประจำปีงบประมาณ พ.ศ. ๒๖๓๐")), meetingDay.replace(" ", ""),
                joined(List.of("ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา")), "221202221");
        for (int i = 0; i < 3; i++) {
            assertThat(agenda).contains(joined(List.of(names.get(i))), numbers.get(i),
                    joined(List.of(MeetingPapers.level(proposed.get(i)))), score(numbers.get(i)));
        }
        Word agendaWord = word(get(officer, papers + "agenda.docx"), "meeting-agenda");
        assertThat(agendaWord.tableRows()).hasSize(4);
        assertThat(agendaWord.tableRows().get(1)).containsExactly("๑", names.get(0) + "\n(" + numbers.get(0) + ")",
                MeetingPapers.level(proposed.get(0)), score(numbers.get(0)), "2 2 1 2 0 2 2 2 1");
        // the other cases' own self-assessment: nine step scores of 0-2
        assertThat(agendaWord.tableRows().get(2).get(4)).matches("[0-2]( [0-2]){8}");

        // 3. the minutes draft: the members, each case's resolution, what is left to the secretary
        String minutes = joined(pdfText(get(officer, papers + "minutes-draft.pdf").body(), "meeting-minutes-draft"));
        assertThat(minutes).contains(joined(List.of("รายงานการประชุมคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดนครปฐม")),
                joined(List.of("๑. นายสมศักดิ์ ใจซื่อ ผู้ว่าราชการจังหวัด ประธาน")),
                joined(List.of("มีมติรับรอง ๑ องค์กร (ระดับ ๓ จำนวน ๑ องค์กร) ให้ปรับปรุง ๑ องค์กร ยังไม่บันทึกมติ ๑ องค์กร")),
                joined(List.of("รับรอง ระดับ ๓ องค์กรคุณธรรมต้นแบบ")), "(ต้นแบบโดดเด่น)",
                joined(List.of("ควรแนบภาพกิจกรรมขั้นที่ 5")), "ยังไม่บันทึกมติ", "เลิกประชุมเวลา..........น.",
                "ผู้จดรายงานการประชุม");
        Word minutesWord = word(get(officer, papers + "minutes-draft.docx"), "meeting-minutes-draft");
        assertThat(minutesWord.tableRows().get(2)).containsExactly("๒", names.get(1) + "\n(" + numbers.get(1) + ")",
                MeetingPapers.level(proposed.get(1)) + "\nคะแนน " + score(numbers.get(1)), "ให้ปรับปรุง",
                "ควรแนบภาพกิจกรรมขั้นที่ 5");

        // 4. the covering letter to DRA: only once the resolutions are confirmed
        assertThat(get(officer, papers + "certified-list-letter.pdf").statusCode()).isEqualTo(404);
        assertThat(api.putJson("/api/review-meetings/" + id + "/resolutions", "[{\"caseNumber\":\"" + numbers.get(2)
                + "\",\"resolution\":\"CERTIFIED\",\"certifiedLevel\":1}]", OFFICER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api.upload("/api/review-meetings/" + id + "/minutes", "minutes.pdf", ProvincialReviewTests.PDF,
                OFFICER, PASSWORD).statusCode()).isEqualTo(200);
        Task decide = task(id, "recordResolutions");
        tasks.complete(decide.getId(), Map.of("resolutionsConfirmed", true));
        Jobs.awaitDone(management, decide.getProcessInstanceId());
        HttpResponse<byte[]> letter = get(officer, papers + "certified-list-letter.pdf");
        assertThat(letter.statusCode()).isEqualTo(200);
        DocumentRegister.Issued sent = register.find(DocumentKind.CERTIFIED_LIST_LETTER, "REVIEW-" + id).orElseThrow();
        assertThat(sent.addressee()).isEqualTo("อธิบดีกรมการศาสนา");
        assertThat(sent.number()).as("the office's one series of outgoing letters").isEqualTo(invited.number() + 1);
        List<String> letterLines = pdfText(letter.body(), "meeting-certified-list-letter");
        String letterText = joined(letterLines);
        assertThat(letterLines).contains(sent.reference() + " สำนักงานวัฒนธรรมจังหวัดนครปฐม", "เรียน อธิบดีกรมการศาสนา",
                "บัญชีรายชื่อองค์กรที่ได้รับการรับรองเป็นองค์กรคุณธรรม", "ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดนครปฐม");
        assertThat(letterText).contains(joined(List.of("มีมติรับรององค์กรคุณธรรม จำนวน ๒ องค์กร (ระดับ ๑ จำนวน ๑ องค์กร"
                + " ระดับ ๓ จำนวน ๑ องค์กร) ในจำนวนนี้เป็นต้นแบบโดดเด่น ๑ องค์กร")), joined(List.of(names.get(0))),
                numbers.get(0), joined(List.of(names.get(2))), numbers.get(2),
                joined(List.of("แนบท้ายหนังสือ " + sent.reference())))
                .doesNotContain(numbers.get(1));
        Word letterWord = word(get(officer, papers + "certified-list-letter.docx"), "meeting-certified-list-letter");
        assertThat(letterWord.text()).contains(sent.reference() + "\tสำนักงานวัฒนธรรมจังหวัดนครปฐม", "เรียน\tอธิบดีกรมการศาสนา");
        assertThat(letterWord.tableRows()).containsExactly(
                List.of("ลำดับ", "องค์กร", "เลขที่เรื่อง", "ระดับที่รับรอง", "ต้นแบบโดดเด่น"),
                List.of("๑", names.get(0), numbers.get(0), "ระดับ ๓ องค์กรคุณธรรมต้นแบบ", "ใช่"),
                List.of("๒", names.get(2), numbers.get(2), "ระดับ ๑ องค์กรส่งเสริมคุณธรรม", "—"));

        // the meeting page links them; another province's officer gets nothing, a wrong name is 404
        String page = new String(get(officer, "/meetings/" + id).body(), StandardCharsets.UTF_8);
        for (String paper : List.of("invitation", "agenda", "minutes-draft", "certified-list-letter")) {
            assertThat(page).contains("href=\"" + papers + paper + ".pdf\"", "href=\"" + papers + paper + ".docx\"");
        }
        String office = new String(get(officer, "/office?year=" + YEAR).body(), StandardCharsets.UTF_8);
        assertThat(office).contains("href=\"" + papers + "agenda.pdf\"", "href=\"/meetings/" + id + "#papers\"");
        HttpClient bangkok = SignIn.as(port, DemoAccounts.BANGKOK_OFFICER, "demo");
        for (String paper : List.of("invitation.pdf", "agenda.docx", "minutes-draft.pdf", "certified-list-letter.docx")) {
            HttpResponse<byte[]> refused = get(bangkok, papers + paper);
            assertThat(refused.statusCode()).as(paper).isEqualTo(403);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain(names.get(0));
        }
        assertThat(get(SignIn.as(port, DemoAccounts.MANAGER, "demo"), papers + "agenda.pdf").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> anonymous = get(HttpClient.newHttpClient(), papers + "agenda.pdf");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get(officer, papers + "agenda.html").statusCode()).isEqualTo(404);
        assertThat(get(officer, papers + "budget.pdf").statusCode()).isEqualTo(404);
    }

    /** The Word file's text (tabs and line breaks as Word has them) and its tables' cells (a line per paragraph), every run in TH Sarabun New. */
    record Word(String text, List<List<String>> tableRows) {
    }

    /** The Word file read back, and kept as target/documents/{@code name}.docx. */
    private static Word word(HttpResponse<byte[]> response, String name) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        Files.createDirectories(PAPERS);
        Files.write(PAPERS.resolve(name + ".docx"), response.body());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            // valid against the OOXML schema, as Word reads it strictly (one pPr per paragraph, elements in order)
            assertThat(schemaErrors(doc.getDocument())).as("document.xml").isEmpty();
            doc.getHeaderList().forEach(header -> assertThat(schemaErrors(header._getHdrFtr())).as("header").isEmpty());
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).as("A4").isEqualTo(BigInteger.valueOf(11906));
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).as("3 cm").isEqualTo(BigInteger.valueOf(1701));
            List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTable table : doc.getTables()) {
                table.getRows().forEach(row -> {
                    rows.add(row.getTableCells().stream().map(c -> String.join("\n", c.getParagraphs().stream()
                            .map(XWPFParagraph::getText).toList()).strip()).toList());
                    row.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs()));
                });
            }
            for (XWPFParagraph p : paragraphs) {
                for (XWPFRun run : p.getRuns()) {
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.cs)).as("Thai text's face").isEqualTo(WordDocument.FONT);
                    assertThat(run.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo(WordDocument.FONT);
                }
            }
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> !r.text().isBlank()).map(XWPFRun::getFontSizeAsDouble))
                    .as("body in the official 16 pt").contains(16.0);
            return new Word(extractor.getText(), rows);
        }
    }

    private static List<String> schemaErrors(org.apache.xmlbeans.XmlObject xml) {
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        xml.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
        return errors.stream().map(Object::toString).toList();
    }

    /** The PDF's text line by line; the PDF and its first page kept as target/documents/{@code name}.pdf and .png unless null. */
    private static List<String> pdfText(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (name != null) {
                Files.createDirectories(PAPERS);
                Files.write(PAPERS.resolve(name + ".pdf"), pdf);
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png",
                        PAPERS.resolve(name + ".png").toFile());
            }
            return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
        }
    }

    /** The lines as one text without spaces: what a wrapped paragraph or a table cell says, wherever broken. */
    private static String joined(List<String> lines) {
        return String.join("", lines).replace(" ", "");
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String organisationName(String caseNumber) {
        return jdbc.sql("select o.name from mo.organisation o join mo.organisation_case c on c.organisation_id = o.id"
                + " where c.case_number = ?").param(caseNumber).query(String.class).single();
    }

    /** The score on the list as the papers print it (the self-assessment's "totalScore" of 18, e.g. 13). */
    private String score(String caseNumber) {
        return jdbc.sql("select score from mo.review_item where case_number = ?").param(caseNumber)
                .query(java.math.BigDecimal.class).single().stripTrailingZeros().toPlainString();
    }

    private Task task(long meetingId, String definitionKey) {
        String instance = meetings.find(meetingId).orElseThrow().processInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(definitionKey).singleResult();
    }

    /** Nakhon Pathom's officer, made once (the demo has officers of 10 and 50 only). */
    private void officer() {
        if (identity.createUserQuery().userId(OFFICER).count() == 0) {
            User user = identity.newUser(OFFICER);
            user.setFirstName("เจ้าหน้าที่");
            user.setLastName("จังหวัดนครปฐม");
            user.setPassword(PASSWORD);
            user.setEmail("officer.73@example.org");
            identity.saveUser(user);
            identity.createMembership(OFFICER, "pco-" + PROVINCE);
        }
    }
}
