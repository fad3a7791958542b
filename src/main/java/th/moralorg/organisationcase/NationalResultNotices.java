package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
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
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Level;
import th.moralorg.reference.NationalResult;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;

/**
 * The province's letter telling an organisation what the national bodies decided on its case
 * (seed 5.2.2(4), issue 17): numbered in the office's register of outgoing letters when the result
 * is recorded (by the system, on that step), so that the mail announcing the result can link to it;
 * read as PDF, or as Word for an office that rewords its letters. docs/architecture.md, Documents.
 */
@Component
class NationalResultNotices {

    private final DocumentRegister register;
    private final Cases cases;
    private final Provinces provinces;
    private final Clock clock;
    private final Emblems emblems;

    NationalResultNotices(DocumentRegister register, Cases cases, Provinces provinces, Clock clock, Emblems emblems) {
        this.emblems = emblems;
        this.register = register;
        this.cases = cases;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Numbers the case's notice (the same one if it was numbered before), on the step recording the result. */
    DocumentRegister.Issued issue(Cases.CaseSummary c) {
        return register.issue(c.provinceCode(), c.fiscalYear(), DocumentKind.NATIONAL_RESULT_NOTICE, c.caseNumber(),
                c.organisationId(), DocumentRegister.BY_THE_SYSTEM);
    }

    /** The case's notice for a caller who may read the case; 404 in Thai before the national result. */
    Download render(Cases.CaseSummary c, boolean docx) {
        DocumentRegister.Issued letter = register.find(DocumentKind.NATIONAL_RESULT_NOTICE, c.caseNumber())
                .orElseThrow(() -> ApiProblem.notFound("ยังไม่มีผลการพิจารณาระดับชาติของเรื่องนี้ จึงยังไม่มีหนังสือแจ้งผล"));
        Cases.DecisionRow result = cases.decisions(c.caseNumber()).stream().filter(d -> "NATIONAL".equals(d.stage()))
                .max(Comparator.comparing(Cases.DecisionRow::decidedAt)).orElseThrow();
        String name = DocumentKind.NATIONAL_RESULT_NOTICE.thai() + " " + c.caseNumber();
        Function<String, OfficialPaper> blank = title -> docx ? new WordDocument(title) : new OfficialDocument(title);
        return Download.of(name, docx, letter(blank.apply(name), c, letter, result).bytes());
    }

    private OfficialPaper letter(OfficialPaper paper, Cases.CaseSummary c, DocumentRegister.Issued letter,
            Cases.DecisionRow result) {
        String province = provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode());
        String office = "สำนักงานวัฒนธรรมจังหวัด" + province;
        String fiscalYear = "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear());
        String head = cases.organisation(c.organisationId()).map(Cases.OrganisationRow::headName).orElse(OfficialPaper.DOTS);
        Level level = ThaiNames.find(Level.class, c.certifiedLevel()).orElse(Level.ONE);
        boolean endorsed = NationalResult.ENDORSED.name().equals(result.outcome());
        String issuedOn = ThaiNumerals.of(ThaiDates.longDate(letter.issuedAt(), clock.getZone()));
        emblems.current().ifPresent(emblem -> paper.emblem(emblem, OfficialPaper.LETTER_EMBLEM_CM));
        paper.letterHead(letter.reference(), List.of(office), issuedOn.replace("พ.ศ. ", ""));
        if (letter.version() > 1) {
            paper.right("ฉบับแก้ไขครั้งที่ " + ThaiNumerals.of(letter.version() - 1));
        }
        paper.labelled("เรื่อง", "แจ้งผลการพิจารณาองค์กรคุณธรรมระดับชาติ " + fiscalYear)
                .labelled("เรียน", head + " (ผู้บริหาร" + c.organisationName() + ")")
                .gap()
                .indented("ตามที่ " + c.organisationName() + " ได้ดำเนินการตามกระบวนการขับเคลื่อนองค์กรคุณธรรม ๙ ขั้นตอน"
                        + " และคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด" + province + " ได้พิจารณารับรองเป็น \""
                        + level.title() + "\" (ระดับ " + ThaiNumerals.of(level.number()) + ") " + fiscalYear
                        + " โดย" + office + "ได้รายงานผลการรับรองต่อกรมการศาสนาแล้ว นั้น")
                .indented("บัดนี้ กรมการศาสนาแจ้งว่า คณะอนุกรรมการคัดเลือกองค์กรคุณธรรมระดับชาติและคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ"
                        + " ได้พิจารณาแล้ว " + outcome(c, endorsed));
        if (result.remarks() != null && !result.remarks().isBlank()) {
            paper.indented("ข้อสังเกตของคณะกรรมการ: " + result.remarks().strip());
        }
        paper.indented(endorsed
                ? "จึงขอแสดงความยินดีมา ณ โอกาสนี้ และขอให้องค์กรรักษามาตรฐานและขับเคลื่อนคุณธรรมอย่างต่อเนื่อง"
                        + " ทั้งเตรียมความพร้อมรับการตรวจเยี่ยมและการศึกษาดูงานจากองค์กรอื่น ซึ่งสำนักงานจะแจ้งรายละเอียดต่อไป"
                : "จึงขอให้องค์กรพัฒนาการดำเนินงานตามข้อสังเกตดังกล่าวอย่างต่อเนื่อง และประเมินตนเองเพื่อขอรับการรับรอง"
                        + "ในปีงบประมาณถัดไป โดยสำนักงานยินดีให้คำแนะนำและสนับสนุน")
                .indented("จึงเรียนมาเพื่อโปรดทราบ")
                .gap();
        return paper.closing(List.of("วัฒนธรรมจังหวัด" + province, "ปฏิบัติราชการแทนผู้ว่าราชการจังหวัด" + province))
                .contact(office);
    }

    private static String outcome(Cases.CaseSummary c, boolean endorsed) {
        if (!endorsed) {
            return "มีมติไม่เห็นชอบผลการรับรองของ" + c.organisationName() + "ในปีงบประมาณนี้";
        }
        return "มีมติเห็นชอบผลการรับรองของ" + c.organisationName()
                + (c.outstandingModel() ? " และคัดเลือกเป็นองค์กรคุณธรรมต้นแบบโดดเด่น" : "");
    }
}
