package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.moralorg.documents.CertificatePaper;
import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.errors.ApiProblem;
import th.moralorg.reference.ThaiDates;

/**
 * The certificates with which the organisation honours its own people and teams (seed 5.2.1(2.5),
 * issue 17): one page each for whom its step 5 names, with what they did, signed by its head. The
 * organisation's own paper, not numbered in the register; from the latest step-5 form.
 */
@Component
class HonourCertificates {

    private final Cases cases;
    private final Clock clock;

    HonourCertificates(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    Download render(Cases.CaseSummary c) {
        Object listed = cases.latestSubmission(c.caseNumber(), "LESSONS").map(Cases::fromJson)
                .map(lessons -> lessons.get("honours")).orElse(null);
        if (!(listed instanceof List<?> honours) || honours.isEmpty()) {
            throw ApiProblem.notFound("องค์กรยังไม่ได้บันทึกบุคคลหรือทีมที่ได้รับการยกย่อง (ขั้นที่ 5) จึงยังไม่มีเกียรติบัตรให้พิมพ์");
        }
        String head = cases.organisation(c.organisationId()).map(Cases.OrganisationRow::headName).orElse(null);
        // the day the organisation recorded them, the same on every download
        String given = ThaiNumerals.of(ThaiDates.longDate(cases.latestSubmittedAt(c.caseNumber(), "LESSONS")
                .orElse(clock.instant()), clock.getZone()));
        OfficialDocument batch = CertificatePaper.batch("เกียรติบัตรยกย่องเชิดชู " + c.organisationName());
        for (Object row : honours) {
            Map<?, ?> honour = row instanceof Map<?, ?> m ? m : Map.of();
            boolean team = "TEAM".equals(honour.get("kind"));
            CertificatePaper.nextUnnumbered(batch, c.organisationName(), String.valueOf(honour.get("name")))
                    .centred(team ? "เป็นทีมที่ทำความดีเป็นแบบอย่าง" : "เป็นบุคคลที่ทำความดีเป็นแบบอย่าง", 20f, true)
                    .centred(String.valueOf(honour.get("deed")), 18f, false)
                    .centred("ตามโครงการส่งเสริมองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear()), 18f, false)
                    .centred("ให้ไว้ ณ วันที่ " + given, 18f, false);
            CertificatePaper.signedBy(batch, head, "หัวหน้า" + c.organisationName());
        }
        return Download.of("เกียรติบัตรยกย่องเชิดชู " + c.caseNumber(), false, batch.pdf());
    }
}
