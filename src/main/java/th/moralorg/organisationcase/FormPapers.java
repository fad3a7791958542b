package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.ThaiDates;

/**
 * The filled forms of the kit, อ.01–อ.05, as PDF for signature and filing (issue 17): one stored
 * version of a case's form, with the fields and labels the case page shows ({@link SubmittedForms}),
 * the case's particulars, and lines to sign. The officers' own step records are no kit form and
 * have no paper. Dates and the paper's own numbers in Thai digits; what people entered as they entered it.
 */
@Component
class FormPapers {

    /** The stored form codes that are forms of the kit, with the paper's title and the codes it carries. */
    static final Map<String, Paper> PAPERS = papers();

    record Paper(String title, String codes) {
    }

    private final Clock clock;

    FormPapers(Clock clock) {
        this.clock = clock;
    }

    /** Version {@code version} (the latest when null) of the form {@code formCode} in {@code file}, if the case has it. */
    Optional<Download> render(CaseFile.File file, String formCode, Integer version) {
        Paper paper = PAPERS.get(formCode);
        if (paper == null) {
            return Optional.empty();
        }
        return file.forms().stream().filter(f -> f.formCode().equals(formCode)).findFirst()
                .flatMap(form -> form.versions().stream()
                        .filter(v -> version == null ? v == form.latest() : v.version() == version).findFirst())
                .map(v -> Download.of(paper.codes() + " " + file.summary().caseNumber() + " ฉบับที่ " + v.version(),
                        false, pdf(file, paper, v)));
    }

    private byte[] pdf(CaseFile.File file, Paper paper, SubmittedForms.Version v) {
        Cases.CaseSummary c = file.summary();
        OfficialDocument doc = new OfficialDocument(paper.title() + " " + c.caseNumber())
                .title(paper.title())
                .paragraph("โครงการส่งเสริมองค์กรคุณธรรม ปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear()))
                .gap()
                .field("องค์กร", c.organisationName())
                .field("จังหวัด", file.provinceName())
                .field("เลขที่เรื่อง", c.caseNumber())
                .field("ฉบับที่", ThaiNumerals.of(v.version()) + " ส่งเมื่อ " + thaiDate(v.submittedAt().atZone(clock.getZone()).toLocalDate())
                        + (v.submittedByName() == null ? "" : " โดย " + v.submittedByName()))
                .gap();
        v.fields().forEach(f -> doc.field(f.label(), f.value()));
        List<List<SubmittedForms.Field>> rows = v.planRows();
        for (int i = 0; i < rows.size(); i++) {
            doc.gap().heading("กิจกรรมที่ " + ThaiNumerals.of(i + 1));
            rows.get(i).forEach(cell -> doc.field(cell.label(), cell.value()));
        }
        return doc.gap().gap()
                .right("ลงชื่อ ..................................................")
                .right("(" + (v.submittedByName() == null ? ".................................................." : v.submittedByName()) + ")")
                .right("ตำแหน่ง ..................................................")
                .right("วันที่ ........ เดือน .................... พ.ศ. ............")
                .gap()
                .paragraph("พิมพ์จากระบบส่งเสริมองค์กรคุณธรรม เมื่อ " + thaiDate(LocalDate.now(clock)))
                .pdf();
    }

    private static String thaiDate(LocalDate date) {
        return ThaiNumerals.of(ThaiDates.longDate(date));
    }

    private static Map<String, Paper> papers() {
        Map<String, Paper> papers = new LinkedHashMap<>();
        papers.put(SubmittedForms.REGISTRATION, new Paper(FormCode.INTENT.label(), FormCode.INTENT.code()));
        papers.put("O02_O03", new Paper(FormCode.SELF_ASSESSMENT.label() + " และ" + FormCode.SUCCESS_ASSESSMENT.label(),
                FormCode.SELF_ASSESSMENT.code() + "-" + FormCode.SUCCESS_ASSESSMENT.code()));
        papers.put("O04", new Paper(FormCode.PLAN.label(), FormCode.PLAN.code()));
        papers.put("O05", new Paper(FormCode.DECLARATION.label(), FormCode.DECLARATION.code()));
        return java.util.Collections.unmodifiableMap(papers);
    }
}
