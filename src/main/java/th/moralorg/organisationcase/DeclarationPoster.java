package th.moralorg.organisationcase;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.OfficialPaper;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.errors.ApiProblem;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Virtue;

/**
 * The declaration of intent อ.05 as the poster the organisation signs and posts (seed 5.2.1(3),
 * issue 17): "ประกาศ<organisation>", the subject, the declaration as the organisation wrote it,
 * its target virtues, "ประกาศ ณ วันที่ …" and the head's signature, then the sign-up sheets of the
 * executives and of the members (a numbered line each, as many as the organisation has, at most
 * {@value #MAX_LINES}), which prove the share that signed [INF: the template in domain-research.md].
 * From the latest อ.05; not numbered in the register (the organisation's own paper, not the office's).
 */
@Component
class DeclarationPoster {

    static final int MAX_LINES = 300;

    private final Cases cases;

    DeclarationPoster(Cases cases) {
        this.cases = cases;
    }

    Download render(Cases.CaseSummary c) {
        Map<String, Object> declaration = cases.latestSubmission(c.caseNumber(), "O05").map(Cases::fromJson)
                .orElseThrow(() -> ApiProblem.notFound("องค์กรยังไม่ได้ส่งแบบประกาศเจตนารมณ์ อ.05 จึงยังไม่มีประกาศให้พิมพ์"));
        Cases.OrganisationRow organisation = cases.organisation(c.organisationId()).orElseThrow();
        List<String> virtues = cases.latestSubmission(c.caseNumber(), "SHARED_VISION").map(Cases::fromJson)
                .map(v -> v.get("targetVirtues")).filter(List.class::isInstance).map(v -> ((List<?>) v).stream()
                        .map(code -> ThaiNames.of(Virtue.class, code)).toList())
                .orElse(List.of());
        String year = "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear());
        OfficialDocument doc = new OfficialDocument(FormCode.DECLARATION.label() + " " + c.organisationName());
        doc.title("ประกาศ" + c.organisationName())
                .centred("เรื่อง ประกาศเจตนารมณ์ขับเคลื่อน" + c.organisationName() + "สู่องค์กรคุณธรรม", 16f, true)
                .centred(year, 16f, false)
                .centred("-------------------------------", 14f, false)
                .gap()
                .indented(String.valueOf(declaration.getOrDefault("declarationText", "")));
        if (!virtues.isEmpty()) {
            doc.indented("คุณธรรมเป้าหมายขององค์กร ได้แก่ " + String.join(" ", virtues));
        }
        doc.gap().indented("ประกาศ ณ วันที่ " + day(declaration.get("declaredOn")));
        doc.signature(List.of("", "", "(" + (blank(organisation.headName()) ? OfficialPaper.DOTS : organisation.headName()) + ")",
                "หัวหน้า" + c.organisationName()));
        sheet(doc, "รายชื่อผู้บริหารร่วมประกาศเจตนารมณ์", organisation.executiveCount());
        sheet(doc, "รายชื่อบุคลากรและสมาชิกร่วมประกาศเจตนารมณ์", organisation.memberCount());
        return Download.of(FormCode.DECLARATION.label() + " " + c.caseNumber(), false, doc.bytes());
    }

    /** A sign-up sheet of {@code count} numbered lines (name, position, signature), on a new page. */
    private static void sheet(OfficialDocument doc, String title, int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= Math.max(1, Math.min(count, MAX_LINES)); i++) {
            rows.add(List.of(ThaiNumerals.of(i), "", "", ""));
        }
        doc.newPage().title(title).table(List.of("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง", "ลายมือชื่อ"),
                new float[] {1.3f, 6f, 4.5f, 4f}, rows);
    }

    private static String day(Object iso) {
        try {
            return ThaiNumerals.of(ThaiDates.longDate(LocalDate.parse(String.valueOf(iso))));
        } catch (DateTimeParseException e) {
            return OfficialPaper.DOTS;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
