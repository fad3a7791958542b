package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.moralorg.documents.Emblem;
import th.moralorg.documents.Emblems;
import th.moralorg.documents.CertificatePaper;
import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Level;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.Province;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;

/**
 * The certificate of the level a province certified (seed 5.2.2(3), issue 17): issued into the
 * register ({@link DocumentRegister}) by the province's officers on their first download, the same
 * number for every download after; A4 landscape with a QR code of its public verification page
 * {@code <public base URL>/certificates/<token>} ({@link CertificateVerificationPage}). docs/architecture.md, Documents.
 */
@Component
class Certificates {

    /** The statuses a case holds once its province certified a level (national results come after). */
    static final Set<String> CERTIFIED = CaseStatus.holdingALevel().stream().map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final String VERIFY_PATH = "/certificates/";

    private final DocumentRegister register;
    private final Provinces provinces;
    private final CaseSettings settings;
    private final Clock clock;
    private final Emblems emblems;
    private final Cases cases;

    Certificates(DocumentRegister register, Provinces provinces, CaseSettings settings, Clock clock, Emblems emblems,
            Cases cases) {
        this.cases = cases;
        this.emblems = emblems;
        this.register = register;
        this.provinces = provinces;
        this.settings = settings;
        this.clock = clock;
    }

    static boolean certified(Cases.CaseSummary c) {
        return CERTIFIED.contains(c.status()) && c.certifiedLevel() != null;
    }

    /** Only the province's own office issues (signs for) its certificates. */
    static boolean mayIssue(Cases.CaseSummary c, Collection<String> groups) {
        return groups.contains(ProvinceTenants.officerGroupOf(c.provinceCode()));
    }

    /**
     * The case's certificate for a caller who may read the case: issued now when it was not and the
     * caller is of the province's office; 404 in Thai before certification, or before the office issued it.
     */
    Download download(Cases.CaseSummary c, Collection<String> groups, String userId) {
        if (!certified(c)) {
            throw ApiProblem.notFound("เรื่องนี้ยังไม่ได้รับการรับรองระดับจากจังหวัด จึงยังไม่มีเกียรติบัตร");
        }
        Optional<DocumentRegister.Issued> issued = register.find(DocumentKind.LEVEL_CERTIFICATE, c.caseNumber());
        DocumentRegister.Issued certificate = issued.isPresent() ? issued.get()
                : mayIssue(c, groups) ? register.issue(c.provinceCode(), c.fiscalYear(), DocumentKind.LEVEL_CERTIFICATE,
                        c.caseNumber(), c.organisationId(), userId)
                : null;
        if (certificate == null) {
            throw ApiProblem.notFound("สำนักงานวัฒนธรรมจังหวัดยังไม่ได้ออกเกียรติบัตรของเรื่องนี้");
        }
        return Download.of("เกียรติบัตร " + c.caseNumber() + " ฉบับที่ " + certificate.version(), false,
                pdf(c, certificate));
    }

    /**
     * A new version of the issued certificate (the organisation's name or the level corrected): the
     * same number, "ฉบับแก้ไขครั้งที่ n" on the paper; for the province's office only.
     */
    DocumentRegister.Issued reissue(Cases.CaseSummary c, Collection<String> groups, String userId) {
        if (!mayIssue(c, groups)) {
            throw ApiProblem.forbidden("เฉพาะสำนักงานวัฒนธรรมจังหวัดของเรื่องนี้ออกเกียรติบัตรฉบับแก้ไขได้");
        }
        return register.reissue(DocumentKind.LEVEL_CERTIFICATE, c.caseNumber(), userId)
                .orElseThrow(() -> ApiProblem.notFound("ยังไม่ได้ออกเกียรติบัตรของเรื่องนี้ จึงออกฉบับแก้ไขไม่ได้"));
    }

    /** The URL its QR code opens. */
    String verificationUrl(DocumentRegister.Issued certificate) {
        return settings.publicBaseUrl().replaceAll("/+$", "") + VERIFY_PATH + certificate.token();
    }

    private byte[] pdf(Cases.CaseSummary c, DocumentRegister.Issued certificate) {
        return draw(null, c, certificate, emblems.current()).pdf();
    }

    /**
     * The certificates of a province's certified cases of a fiscal year in one PDF, a page each, for
     * its office to print and sign at once (issue 17 item 5): each issued now if it was not; with
     * {@code onlyNew}, only those issued by this request. For the province's officers only (403).
     */
    Download batch(String provinceCode, int fiscalYear, boolean onlyNew, Collection<String> groups, String userId) {
        if (!groups.contains(ProvinceTenants.officerGroupOf(provinceCode))) {
            throw ApiProblem.forbidden("เฉพาะสำนักงานวัฒนธรรมจังหวัดนี้ออกและพิมพ์เกียรติบัตรของจังหวัดได้");
        }
        Optional<Emblem> emblem = emblems.current();
        OfficialDocument batch = CertificatePaper.batch("เกียรติบัตรองค์กรคุณธรรม ปีงบประมาณ " + fiscalYear);
        int printed = 0;
        for (Cases.CaseSummary c : cases.certified(provinceCode, fiscalYear)) {
            boolean issuedBefore = register.find(DocumentKind.LEVEL_CERTIFICATE, c.caseNumber()).isPresent();
            if (onlyNew && issuedBefore) {
                continue;
            }
            DocumentRegister.Issued certificate = register.issue(c.provinceCode(), c.fiscalYear(),
                    DocumentKind.LEVEL_CERTIFICATE, c.caseNumber(), c.organisationId(), userId);
            draw(batch, c, certificate, emblem);
            printed++;
        }
        if (printed == 0) {
            throw ApiProblem.notFound(onlyNew ? "ไม่มีเกียรติบัตรที่ยังไม่ได้ออกของปีงบประมาณ " + fiscalYear
                    : "ยังไม่มีองค์กรที่จังหวัดรับรองในปีงบประมาณ " + fiscalYear);
        }
        return Download.of("เกียรติบัตร " + provinceCode + " ปีงบประมาณ " + fiscalYear + " (" + printed + " ฉบับ)", false,
                batch.pdf());
    }

    /** The certificate on a document of its own ({@code batch} null) or on the next page of a batch. */
    private OfficialDocument draw(OfficialDocument batch, Cases.CaseSummary c, DocumentRegister.Issued certificate,
            Optional<Emblem> emblem) {
        String province = provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode());
        Level level = ThaiNames.find(Level.class, c.certifiedLevel()).orElseThrow();
        // the date it was given: the first issue's; a revision says so beside the number
        String given = ThaiNumerals.of(ThaiDates.longDate(certificate.issuedAt(), clock.getZone()));
        String office = "สำนักงานวัฒนธรรมจังหวัด" + province;
        OfficialDocument doc = (batch == null
                ? CertificatePaper.open("เกียรติบัตร " + c.organisationName(), certificate, emblem, office, c.organisationName())
                : CertificatePaper.next(batch, certificate, emblem, office, c.organisationName()))
                .centred("ได้รับการรับรองเป็น \"" + level.title() + "\" (ระดับ " + ThaiNumerals.of(level.number()) + ")", 20f, true)
                .centred("ตามโครงการส่งเสริมองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(c.fiscalYear()), 18f, false)
                .centred("ให้ไว้ ณ วันที่ " + given, 18f, false);
        return CertificatePaper.signature(doc, "ผู้ว่าราชการจังหวัด" + province,
                "ประธานคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัด" + province)
                .qrCode(verificationUrl(certificate), 2.6f * 28.35f, "ตรวจสอบเกียรติบัตรฉบับนี้\nด้วยการสแกนคิวอาร์โค้ด\n"
                        + "เลขที่เรื่อง " + c.caseNumber());
    }
}
