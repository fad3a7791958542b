package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.moralorg.documents.Emblems;
import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.OfficialPaper;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.errors.ApiProblem;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;

/**
 * "หนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยม" (seed 5.2.2(6), issue 17): the office's letter to an
 * endorsed organisation with the visit's date, the visitors and the items to prepare, numbered in
 * the office's outgoing-letter register when the visit is scheduled ({@link PrepareSiteVisitDelegate}),
 * generated from what is stored on each download (docs/architecture.md, Documents).
 */
@Component
class SiteVisitNotice {

    static final DocumentKind KIND = DocumentKind.SITE_VISIT_NOTICE;

    private final DocumentRegister register;
    private final SiteVisits visits;
    private final Provinces provinces;
    private final Clock clock;
    private final Emblems emblems;

    SiteVisitNotice(DocumentRegister register, SiteVisits visits, Provinces provinces, Clock clock, Emblems emblems) {
        this.emblems = emblems;
        this.register = register;
        this.visits = visits;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Numbers the case's notice in the office's register (the same number when asked again). */
    DocumentRegister.Issued issue(Cases.CaseSummary c, String issuedBy) {
        return register.issue(c.provinceCode(), c.fiscalYear(), KIND, c.caseNumber(), c.organisationId(), issuedBy);
    }

    /** The notice as PDF for a caller who may read the case; 404 in Thai before it was issued. */
    Download download(Cases.CaseSummary c) {
        DocumentRegister.Issued letter = register.find(KIND, c.caseNumber())
                .orElseThrow(() -> ApiProblem.notFound("ยังไม่ได้ออกหนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยมของเรื่องนี้"));
        SiteVisits.Visit visit = visits.of(c.caseNumber())
                .orElseThrow(() -> ApiProblem.notFound("ยังไม่ได้นัดหมายการตรวจเยี่ยมของเรื่องนี้"));
        return Download.of("หนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยม " + c.caseNumber(), false,
                pdf(c, letter, visit));
    }

    byte[] pdf(Cases.CaseSummary c, DocumentRegister.Issued letter, SiteVisits.Visit visit) {
        String province = provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode());
        String office = "สำนักงานวัฒนธรรมจังหวัด" + province;
        String year = "ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear());
        String issuedOn = ThaiNumerals.of(ThaiDates.longDate(letter.issuedAt(), clock.getZone()));
        String day = ThaiNumerals.of(ThaiDates.longDate(visit.visitDate()));
        OfficialDocument doc = new OfficialDocument("หนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยม " + c.organisationName());
        emblems.current().ifPresent(emblem -> doc.emblem(emblem, OfficialPaper.LETTER_EMBLEM_CM));
        OfficialPaper paper = doc.letterHead(letter.reference(), List.of(office), issuedOn.replace("พ.ศ. ", ""));
        if (letter.version() > 1) {
            paper.right("ฉบับแก้ไขครั้งที่ " + ThaiNumerals.of(letter.version() - 1));
        }
        paper.labelled("เรื่อง", "แจ้งเตรียมความพร้อมรับการตรวจเยี่ยมองค์กรคุณธรรม " + year)
                .labelled("เรียน", "หัวหน้า" + c.organisationName())
                .labelled("สิ่งที่ส่งมาด้วย", "รายการเตรียมความพร้อมรับการตรวจเยี่ยม จำนวน ๑ ฉบับ")
                .gap()
                .indented("ตามที่ " + c.organisationName() + " ได้รับการรับรองจากคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด"
                        + province + " และผ่านความเห็นชอบระดับชาติ " + year + " นั้น")
                .indented(office + " จะนำคณะตรวจเยี่ยมเข้าเยี่ยมชมการดำเนินงานขององค์กร ในวันที่ " + day
                        + " จึงขอให้องค์กรเตรียมความพร้อมตามรายการที่แนบ และยืนยันการเตรียมความพร้อมในระบบ"
                        + "บริหารงานองค์กรคุณธรรม (เลขที่เรื่อง " + c.caseNumber() + ")")
                .indented("จึงเรียนมาเพื่อโปรดทราบและดำเนินการ")
                .gap()
                .closing(List.of("วัฒนธรรมจังหวัด" + province))
                .contact(office)
                .newPage()
                .title("รายการเตรียมความพร้อมรับการตรวจเยี่ยม")
                .centred(c.organisationName(), OfficialDocument.BODY, true)
                .centred("วันตรวจเยี่ยม " + day, OfficialDocument.BODY, false)
                .centred("แนบท้ายหนังสือ " + letter.reference() + " ลงวันที่ " + issuedOn, OfficialDocument.BODY, false)
                .gap()
                .heading("คณะผู้ตรวจเยี่ยม");
        List<List<String>> visitors = new ArrayList<>();
        for (SiteVisits.Visitor v : visit.visitors()) {
            visitors.add(List.of(ThaiNumerals.of(visitors.size() + 1), v.name(), v.title()));
        }
        paper.table(List.of("ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง"), new float[] {1.2f, 6f, 7.8f}, visitors).gap()
                .heading("สิ่งที่องค์กรเตรียม");
        List<List<String>> items = new ArrayList<>();
        for (SiteVisits.Entry e : visit.checklist()) {
            items.add(List.of(ThaiNumerals.of(items.size() + 1), SiteVisits.AREAS.getOrDefault(e.area(), e.area()),
                    e.label()));
        }
        return paper.table(List.of("ลำดับ", "ด้าน", "รายการ"), new float[] {1.2f, 3.8f, 10f}, items).bytes();
    }
}
