package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.documents.Emblems;
import th.moralorg.documents.CertificatePaper;
import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.DocumentSettings;
import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.errors.ApiProblem;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Level;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;

/**
 * DRA's certificate that the national committee endorsed the organisation (seed 5.2.2(4), issue
 * 17): numbered in DRA's register ({@value #OFFICE}) when the endorsement is recorded, by the
 * system, since DRA endorses a whole round at once and every endorsed organisation gets one; the
 * paper states the endorsed level (and "ต้นแบบโดดเด่น") with the QR code of its verification page.
 * docs/architecture.md, Documents.
 */
@Component
class NationalCertificates {

    /** DRA's office in the register (mo.issued_document.office); its prefix is configured as every office's. */
    static final String OFFICE = DocumentSettings.DRA;

    private final DocumentRegister register;
    private final Certificates certificates;
    private final Clock clock;
    private final Emblems emblems;

    NationalCertificates(DocumentRegister register, Certificates certificates, Clock clock, Emblems emblems) {
        this.emblems = emblems;
        this.register = register;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** Numbers the endorsed case's certificate (the same one if numbered before). */
    DocumentRegister.Issued issue(Cases.CaseSummary c) {
        return register.issue(OFFICE, c.fiscalYear(), DocumentKind.NATIONAL_CERTIFICATE, c.caseNumber(),
                c.organisationId(), DocumentRegister.BY_THE_SYSTEM);
    }

    Optional<DocumentRegister.Issued> find(String caseNumber) {
        return register.find(DocumentKind.NATIONAL_CERTIFICATE, caseNumber);
    }

    /** The PDF for a caller who may read the case; 404 in Thai unless the national committee endorsed it. */
    Download download(Cases.CaseSummary c) {
        DocumentRegister.Issued issued = find(c.caseNumber()).orElseThrow(() -> ApiProblem.notFound(
                "เรื่องนี้ยังไม่ได้รับความเห็นชอบจากคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ จึงยังไม่มีเกียรติบัตรระดับชาติ"));
        Level level = ThaiNames.find(Level.class, c.certifiedLevel()).orElseThrow();
        String given = ThaiNumerals.of(ThaiDates.longDate(issued.issuedAt(), clock.getZone()));
        OfficialDocument doc = CertificatePaper.open(DocumentKind.NATIONAL_CERTIFICATE.thai() + " " + c.organisationName(),
                issued, emblems.current(), "กรมการศาสนา กระทรวงวัฒนธรรม", c.organisationName())
                .centred("ได้รับความเห็นชอบจากคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ ให้เป็น \"" + level.title() + "\"", 20f, true);
        if (c.outstandingModel()) {
            doc.centred("และได้รับการคัดเลือกเป็นองค์กรคุณธรรมต้นแบบโดดเด่น", 20f, true);
        }
        doc.centred("ตามโครงการส่งเสริมองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear()), 18f, false)
                .centred("ให้ไว้ ณ วันที่ " + given, 18f, false);
        byte[] pdf = CertificatePaper.signature(doc, "อธิบดีกรมการศาสนา")
                .qrCode(certificates.verificationUrl(issued), 2.6f * 28.35f, "ตรวจสอบเกียรติบัตรฉบับนี้\nด้วยการสแกนคิวอาร์โค้ด\n"
                        + "เลขที่เรื่อง " + c.caseNumber())
                .pdf();
        return Download.of(DocumentKind.NATIONAL_CERTIFICATE.thai() + " " + c.caseNumber(), false, pdf);
    }
}
