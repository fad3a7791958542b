package th.moralorg.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import th.moralorg.documents.Emblems;
import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.OfficialPaper;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.documents.WordDocument;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.Decision;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Level;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;

/**
 * The provincial subcommittee's papers (seed 5.2.2(2)–(4), issue 17), each as PDF and as Word for the
 * office to finish: the invitation letter to the members, the agenda with the preliminary list, the
 * minutes draft with the cases and their resolutions, and the covering letter to DRA with the
 * certified organisations. The two letters take numbers of the office's outgoing-letter series
 * from {@link DocumentRegister}, on the first download by the province's own officers
 * (docs/architecture.md, Documents; docs/access.md).
 */
@Component
class MeetingPapers {

    /** The papers by their name in the address: /meetings/{id}/papers/{name}.pdf or .docx. */
    enum Paper {
        INVITATION("invitation", "หนังสือเชิญประชุมคณะอนุกรรมการ"),
        AGENDA("agenda", "ระเบียบวาระการประชุม"),
        MINUTES_DRAFT("minutes-draft", "ร่างรายงานการประชุม"),
        CERTIFIED_LIST_LETTER("certified-list-letter", "หนังสือนำส่งรายชื่อองค์กรที่ได้รับการรับรอง");

        final String path;
        final String thai;

        Paper(String path, String thai) {
            this.path = path;
            this.thai = thai;
        }

        static Optional<Paper> of(String path) {
            for (Paper paper : values()) {
                if (paper.path.equals(path)) {
                    return Optional.of(paper);
                }
            }
            return Optional.empty();
        }
    }

    /** Whom the letters are addressed to, as the register keeps it. */
    static final String DRA = "อธิบดีกรมการศาสนา";
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final String DOTS = OfficialPaper.DOTS;
    private static final String TIME = "เวลา .......... น.";
    /** The meeting's statuses once its resolutions are confirmed: the covering letter to DRA may go. */
    static final List<String> CONFIRMED = List.of("DECIDED", "REPORTED", "CLOSED");

    private final ReviewMeetings meetings;
    private final DocumentRegister register;
    private final Provinces provinces;
    private final Clock clock;
    private final Emblems emblems;

    MeetingPapers(ReviewMeetings meetings, DocumentRegister register, Provinces provinces, Clock clock, Emblems emblems) {
        this.emblems = emblems;
        this.meetings = meetings;
        this.register = register;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** The meeting's paper as PDF or Word, for a caller who may open the meeting page; 404 in Thai when not yet. */
    Download render(ReviewMeetings.Meeting meeting, Paper paper, boolean docx, ApiCaller caller) {
        Function<String, OfficialPaper> blank = title -> docx ? new WordDocument(title) : new OfficialDocument(title);
        Facts facts = new Facts(meeting, provinceName(meeting), meetings.items(meeting.id()),
                meetings.stepScores(meeting.id()));
        byte[] content = switch (paper) {
            case INVITATION -> invitation(facts, letter(meeting, DocumentKind.SUBCOMMITTEE_INVITATION, caller), blank);
            case AGENDA -> agenda(facts, blank.apply(paper.thai));
            case MINUTES_DRAFT -> minutesDraft(facts, blank.apply(paper.thai));
            case CERTIFIED_LIST_LETTER -> certifiedList(facts,
                    letter(meeting, DocumentKind.CERTIFIED_LIST_LETTER, caller), blank);
        };
        return Download.of(paper.thai + " การประชุมหมายเลข " + meeting.id(), docx, content);
    }

    private record Facts(ReviewMeetings.Meeting meeting, String province, List<ReviewMeetings.Item> items,
            Map<String, List<String>> stepScores) {
        String office() {
            return "สำนักงานวัฒนธรรมจังหวัด" + province;
        }

        String subcommittee() {
            return "คณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด" + province;
        }

        String fiscalYear() {
            return "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(meeting.fiscalYear());
        }

        /** "วันพฤหัสบดีที่ ๓ ธันวาคม พ.ศ. ๒๕๖๙", or dots to fill in before the date is set. */
        String day() {
            LocalDate date = meeting.meetingDate();
            return date == null ? "วัน" + DOTS
                    : date.getDayOfWeek().getDisplayName(TextStyle.FULL, THAI) + "ที่ "
                            + ThaiNumerals.of(ThaiDates.longDate(date));
        }

        String place() {
            return meeting.place() == null ? DOTS : meeting.place();
        }

        List<String> members() {
            List<String> lines = new ArrayList<>();
            String members = meeting.members() == null ? "" : meeting.members().strip();
            for (String line : members.isEmpty() ? List.of(DOTS) : members.lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList()) {
                lines.add(ThaiNumerals.of(lines.size() + 1) + ". " + line);
            }
            return lines;
        }

        List<ReviewMeetings.Item> certified() {
            return items.stream().filter(i -> Decision.CERTIFIED.code().equals(i.resolution())).toList();
        }
    }

    /**
     * The meeting's letter of this kind: issued now by the province's own officers when it was not;
     * for others (DRA) 404 until then, as a numbered paper is the office's act, not a reader's.
     */
    private DocumentRegister.Issued letter(ReviewMeetings.Meeting meeting, DocumentKind kind, ApiCaller caller) {
        if (kind == DocumentKind.SUBCOMMITTEE_INVITATION && meeting.meetingDate() == null) {
            throw ApiProblem.notFound("ยังไม่ได้กำหนดวัน สถานที่ และองค์ประชุม จึงยังออกหนังสือเชิญประชุมไม่ได้");
        }
        if (kind == DocumentKind.CERTIFIED_LIST_LETTER && !CONFIRMED.contains(meeting.status())) {
            throw ApiProblem.notFound("ยังไม่ได้ยืนยันมติของการประชุมนี้ จึงยังออกหนังสือนำส่งรายชื่อถึงกรมการศาสนาไม่ได้");
        }
        String subject = "REVIEW-" + meeting.id();
        Optional<DocumentRegister.Issued> issued = register.find(kind, subject);
        if (issued.isPresent()) {
            return issued.get();
        }
        if (!caller.groups().contains(ProvinceTenants.officerGroupOf(meeting.provinceCode()))) {
            throw ApiProblem.notFound("สำนักงานวัฒนธรรมจังหวัดยังไม่ได้ออก" + ThaiNames.of(DocumentKind.class, kind.name())
                    + "ของการประชุมนี้");
        }
        String addressee = kind == DocumentKind.CERTIFIED_LIST_LETTER ? DRA
                : "คณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด" + provinceName(meeting);
        return register.issueLetter(meeting.provinceCode(), meeting.fiscalYear(), kind, subject, addressee,
                caller.userId());
    }

    private byte[] invitation(Facts f, DocumentRegister.Issued letter, Function<String, OfficialPaper> blank) {
        OfficialPaper paper = head(blank.apply("หนังสือเชิญประชุม" + f.subcommittee()), f, letter)
                .labelled("เรื่อง", "ขอเชิญประชุม" + f.subcommittee())
                .labelled("เรียน", "อนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด" + f.province() + " (ตามรายชื่อแนบท้าย)")
                .labelled("สิ่งที่ส่งมาด้วย", "ระเบียบวาระการประชุมและบัญชีรายชื่อเบื้องต้น จำนวน ๑ ชุด")
                .gap()
                .indented("ด้วย" + f.office() + " ในฐานะฝ่ายเลขานุการ" + f.subcommittee()
                        + " ได้รวบรวมบัญชีรายชื่อเบื้องต้นขององค์กรที่ประเมินตนเองและขอรับการรับรองเป็นองค์กรคุณธรรม "
                        + f.fiscalYear() + " จำนวน " + ThaiNumerals.of(f.items().size())
                        + " องค์กร เพื่อเสนอคณะอนุกรรมการพิจารณารับรองตามโครงการส่งเสริมองค์กรคุณธรรม")
                .indented("ในการนี้ จึงขอเชิญท่านเข้าร่วมประชุม" + f.subcommittee() + " ใน" + f.day()
                        + " " + TIME + " ณ " + f.place() + " รายละเอียดตามสิ่งที่ส่งมาด้วย")
                .indented("จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว")
                .gap();
        paper.closing(List.of("วัฒนธรรมจังหวัด" + f.province(), "อนุกรรมการและเลขานุการ"));
        paper.contact(f.office());
        paper.newPage().title("รายชื่อแนบท้ายหนังสือ " + letter.reference())
                .centred(f.subcommittee(), OfficialDocument.BODY, true).gap();
        f.members().forEach(paper::paragraph);
        return paper.bytes();
    }

    private byte[] agenda(Facts f, OfficialPaper paper) {
        paper.title("ระเบียบวาระการประชุม" + f.subcommittee())
                .centred(f.fiscalYear(), OfficialDocument.BODY, false)
                .centred(f.day() + " " + TIME, OfficialDocument.BODY, false)
                .centred("ณ " + f.place(), OfficialDocument.BODY, false)
                .gap()
                .heading("ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
                .gap().heading("ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา")
                .gap().heading("ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา")
                .indented("๓.๑ การพิจารณารับรององค์กรคุณธรรม " + f.fiscalYear() + " ตามบัญชีรายชื่อเบื้องต้น จำนวน "
                        + ThaiNumerals.of(f.items().size()) + " องค์กร (ระดับที่องค์กรเสนอ คะแนนประเมินตนเองรวม"
                        + " และคะแนนรายขั้นตามแบบ อ.02 ขั้นที่ ๑–๙)")
                .gap();
        List<List<String>> rows = new ArrayList<>();
        for (ReviewMeetings.Item item : f.items()) {
            List<String> steps = f.stepScores().get(item.caseNumber());
            rows.add(List.of(ThaiNumerals.of(rows.size() + 1), organisation(item), level(item.proposedLevel()),
                    score(item), steps == null ? "—" : String.join(" ", steps)));
        }
        return paper.table(List.of("ลำดับ", "องค์กร (เลขที่เรื่อง)", "ระดับที่เสนอ", "คะแนนรวม", "คะแนนรายขั้น"),
                new float[] {1.3f, 4.6f, 3.2f, 1.6f, 3.3f}, rows)
                .gap().heading("ระเบียบวาระที่ ๔ เรื่องอื่น ๆ (ถ้ามี)")
                .bytes();
    }

    private byte[] minutesDraft(Facts f, OfficialPaper paper) {
        paper.title("รายงานการประชุม" + f.subcommittee())
                .centred("ครั้งที่ ........ " + f.fiscalYear(), OfficialDocument.BODY, false)
                .centred("เมื่อ" + f.day(), OfficialDocument.BODY, false)
                .centred("ณ " + f.place(), OfficialDocument.BODY, false)
                .gap()
                .heading("ผู้มาประชุม");
        f.members().forEach(paper::paragraph);
        paper.gap().heading("ผู้ไม่มาประชุม").paragraph("๑. " + DOTS)
                .gap().heading("ผู้เข้าร่วมประชุม").paragraph("๑. " + DOTS)
                .gap()
                .paragraph("เริ่มประชุมเวลา .......... น.")
                .indented("เมื่อครบองค์ประชุมแล้ว ประธานกล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้")
                .gap().heading("ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
                .indented(DOTS + DOTS)
                .paragraph("มติที่ประชุม " + DOTS)
                .gap().heading("ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุมครั้งที่ผ่านมา")
                .paragraph("มติที่ประชุม " + DOTS)
                .gap().heading("ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา")
                .indented("๓.๑ การพิจารณารับรององค์กรคุณธรรม " + f.fiscalYear() + " ฝ่ายเลขานุการเสนอบัญชีรายชื่อเบื้องต้น"
                        + "ขององค์กรที่ขอรับการรับรอง จำนวน " + ThaiNumerals.of(f.items().size())
                        + " องค์กร ต่อที่ประชุมเพื่อพิจารณา")
                .paragraph("มติที่ประชุม")
                .indented(summary(f))
                .gap();
        List<List<String>> rows = new ArrayList<>();
        for (ReviewMeetings.Item item : f.items()) {
            rows.add(List.of(ThaiNumerals.of(rows.size() + 1), organisation(item),
                    level(item.proposedLevel()) + "\nคะแนน " + score(item), resolution(item),
                    item.remarks() == null ? "" : item.remarks()));
        }
        paper.table(List.of("ลำดับ", "องค์กร (เลขที่เรื่อง)", "ระดับที่เสนอและคะแนน", "มติ", "ข้อสังเกต"),
                new float[] {1.3f, 4.5f, 3.5f, 3.5f, 3.0f}, rows)
                .gap().heading("ระเบียบวาระที่ ๔ เรื่องอื่น ๆ (ถ้ามี)")
                .indented(DOTS + DOTS)
                .gap()
                .paragraph("เลิกประชุมเวลา .......... น.")
                .gap();
        paper.signature(List.of("(" + DOTS + ")", "ผู้จดรายงานการประชุม")).gap();
        paper.signature(List.of("(" + DOTS + ")", "ผู้ตรวจรายงานการประชุม"));
        return paper.bytes();
    }

    private byte[] certifiedList(Facts f, DocumentRegister.Issued letter, Function<String, OfficialPaper> blank) {
        List<ReviewMeetings.Item> certified = f.certified();
        long outstanding = certified.stream().filter(ReviewMeetings.Item::outstandingModel).count();
        OfficialPaper paper = head(blank.apply("หนังสือนำส่งรายชื่อองค์กรที่ได้รับการรับรอง จังหวัด" + f.province()), f, letter)
                .labelled("เรื่อง", "ส่งรายชื่อองค์กรที่ได้รับการรับรองเป็นองค์กรคุณธรรม " + f.fiscalYear())
                .labelled("เรียน", DRA)
                .labelled("สิ่งที่ส่งมาด้วย", "๑. บัญชีรายชื่อองค์กรที่ได้รับการรับรอง จำนวน ๑ ฉบับ\n๒. รายงานการประชุม"
                        + f.subcommittee() + " จำนวน ๑ ฉบับ")
                .gap()
                .indented("ตามที่ กรมการศาสนาดำเนินโครงการส่งเสริมองค์กรคุณธรรม " + f.fiscalYear()
                        + " โดยให้คณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดพิจารณารับรององค์กรคุณธรรมในจังหวัด"
                        + " และรายงานผลต่อกรมการศาสนา นั้น")
                .indented("บัดนี้ " + f.subcommittee() + " ได้ประชุมเมื่อ" + f.day() + " ณ " + f.place()
                        + " และมีมติรับรององค์กรคุณธรรม จำนวน " + ThaiNumerals.of(certified.size()) + " องค์กร"
                        + byLevel(certified)
                        + (outstanding == 0 ? "" : " ในจำนวนนี้เป็นต้นแบบโดดเด่น " + ThaiNumerals.of(outstanding) + " องค์กร")
                        + " " + f.office() + "จึงขอส่งบัญชีรายชื่อองค์กรดังกล่าว รายละเอียดตามสิ่งที่ส่งมาด้วย")
                .indented("จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการต่อไป")
                .gap();
        paper.closing(List.of("วัฒนธรรมจังหวัด" + f.province(), "ปฏิบัติราชการแทนผู้ว่าราชการจังหวัด" + f.province()));
        paper.contact(f.office());
        paper.newPage().title("บัญชีรายชื่อองค์กรที่ได้รับการรับรองเป็นองค์กรคุณธรรม")
                .centred("ตามมติ" + f.subcommittee(), OfficialDocument.BODY, false)
                .centred(f.fiscalYear(), OfficialDocument.BODY, false)
                .centred("แนบท้ายหนังสือ " + letter.reference() + " ลงวันที่ " + issuedOn(letter), OfficialDocument.BODY,
                        false)
                .gap();
        List<List<String>> rows = new ArrayList<>();
        for (ReviewMeetings.Item item : certified) {
            rows.add(List.of(ThaiNumerals.of(rows.size() + 1), item.organisationName(), item.caseNumber(),
                    level(item.certifiedLevel()), item.outstandingModel() ? "ใช่" : "—"));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("—", "ไม่มีองค์กรที่ได้รับการรับรองในการประชุมนี้", "", "", ""));
        }
        return paper.table(List.of("ลำดับ", "องค์กร", "เลขที่เรื่อง", "ระดับที่รับรอง", "ต้นแบบโดดเด่น"),
                new float[] {1.3f, 4.2f, 3.9f, 3.4f, 2.3f}, rows).bytes();
    }

    /** The head of the office's letter: its number, the office, the date of its first issue (Thai digits, no "พ.ศ."). */
    private OfficialPaper head(OfficialPaper paper, Facts f, DocumentRegister.Issued letter) {
        emblems.current().ifPresent(emblem -> paper.emblem(emblem, OfficialPaper.LETTER_EMBLEM_CM));
        return paper.letterHead(letter.reference(), List.of(f.office()), issuedOn(letter).replace("พ.ศ. ", ""));
    }

    private String issuedOn(DocumentRegister.Issued letter) {
        return ThaiNumerals.of(ThaiDates.longDate(letter.issuedAt(), clock.getZone()));
    }

    private static String organisation(ReviewMeetings.Item item) {
        return item.organisationName() + "\n(" + item.caseNumber() + ")";
    }

    private static String score(ReviewMeetings.Item item) {
        return item.score() == null ? "—" : item.score().stripTrailingZeros().toPlainString();
    }

    /** "ระดับ ๒ องค์กรคุณธรรม": the level as the paper words it; "—" for none. */
    static String level(Integer number) {
        return ThaiNames.find(Level.class, number).map(l -> "ระดับ " + ThaiNumerals.of(l.number()) + " " + l.title())
                .orElse("—");
    }

    private static String resolution(ReviewMeetings.Item item) {
        if (item.resolution() == null) {
            return "ยังไม่บันทึกมติ";
        }
        String name = ThaiNames.of(Decision.class, item.resolution());
        if (Decision.CERTIFIED.code().equals(item.resolution())) {
            return name + " " + level(item.certifiedLevel()) + (item.outstandingModel() ? "\n(ต้นแบบโดดเด่น)" : "");
        }
        return name;
    }

    /** What the meeting resolved, counted: the minutes' resolution on agenda item 3.1 before the table. */
    private static String summary(Facts f) {
        List<ReviewMeetings.Item> certified = f.certified();
        StringBuilder text = new StringBuilder("ที่ประชุมพิจารณาแล้ว มีมติรับรอง " + ThaiNumerals.of(certified.size())
                + " องค์กร" + byLevel(certified));
        for (Decision other : List.of(Decision.REVISE, Decision.NOT_CERTIFIED, Decision.CARRIED_OVER, Decision.WITHDRAWN)) {
            long n = f.items().stream().filter(i -> other.code().equals(i.resolution())).count();
            if (n > 0) {
                text.append(" ").append(other.thai()).append(" ").append(ThaiNumerals.of(n)).append(" องค์กร");
            }
        }
        long open = f.items().stream().filter(i -> i.resolution() == null).count();
        if (open > 0) {
            text.append(" ยังไม่บันทึกมติ ").append(ThaiNumerals.of(open)).append(" องค์กร");
        }
        return text.append(" รายละเอียดดังนี้").toString();
    }

    /** " (ระดับ ๑ จำนวน ๒ องค์กร ระดับ ๓ จำนวน ๑ องค์กร)", empty when none was certified. */
    private static String byLevel(List<ReviewMeetings.Item> certified) {
        List<String> parts = new ArrayList<>();
        for (Level level : Level.values()) {
            long n = certified.stream().filter(i -> Integer.valueOf(level.number()).equals(i.certifiedLevel())).count();
            if (n > 0) {
                parts.add("ระดับ " + ThaiNumerals.of(level.number()) + " จำนวน " + ThaiNumerals.of(n) + " องค์กร");
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(" ", parts) + ")";
    }

    private String provinceName(ReviewMeetings.Meeting meeting) {
        return provinces.findByCode(meeting.provinceCode()).map(Province::nameTh).orElse(meeting.provinceCode());
    }
}
