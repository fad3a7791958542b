package th.moralorg.organisationcase;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.Download;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.preparation.CaseTrainers;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.ThaiDates;
import th.moralorg.validation.FieldErrors;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The case page {@code /cases/{caseNumber}} (issue 11): the whole {@link CaseFile} for reading,
 * for whom {@link CaseAccess} lets read the case (its province's officers, DRA, managers
 * read-only, administrators, the organisation's coordinators); 404 in Thai for anyone else, as for
 * a case that does not exist. Also an evidence file's preview, shown in the browser.
 */
@PageController
class CasePage {

    /** The stored types a browser may show in place: what {@link Attachments#recognise} accepts. */
    static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");
    static final String NOT_FOUND = "ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้";
    /**
     * A file shown in place runs nothing (sandbox: no script, no form, its own origin), may be framed
     * only by our own pages, and loads nothing of its own.
     */
    static final String PREVIEW_POLICY = "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'";

    private final CaseFile file;
    private final Cases cases;
    private final Attachments attachments;
    private final IdentityService identity;
    private final Clock clock;
    private final FormPapers papers;
    private final Certificates certificates;
    private final NationalCertificates nationalCertificates;
    private final NationalResultNotices notices;
    private final SiteVisitNotice siteVisitNotice;
    private final CaseTrainers trainers;
    private final DocumentRegister register;
    private final ScoreChecks scoreChecks;
    private final DeclarationPoster poster;
    private final HonourCertificates honours;

    CasePage(CaseFile file, Cases cases, Attachments attachments, IdentityService identity, Clock clock, FormPapers papers,
            Certificates certificates, NationalCertificates nationalCertificates, NationalResultNotices notices,
            SiteVisitNotice siteVisitNotice, CaseTrainers trainers, DocumentRegister register, ScoreChecks scoreChecks,
            DeclarationPoster poster, HonourCertificates honours) {
        this.file = file;
        this.honours = honours;
        this.poster = poster;
        this.scoreChecks = scoreChecks;
        this.register = register;
        this.trainers = trainers;
        this.notices = notices;
        this.siteVisitNotice = siteVisitNotice;
        this.certificates = certificates;
        this.nationalCertificates = nationalCertificates;
        this.papers = papers;
        this.cases = cases;
        this.attachments = attachments;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseNumber}")
    ModelAndView page(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        CaseFile.File found = file.read(caseNumber, caller.groups()).orElseThrow(() -> ApiProblem.notFound(NOT_FOUND));
        return new ModelAndView("organisationcase/case", Map.of("file", found, "dates", new Dates(clock.getZone()),
                "mayAddEvidence", CaseAccess.mayAddEvidence(found.summary(), caller.groups()),
                "papers", FormPapers.PAPERS.keySet(), "trainers", trainers.of(found.summary().caseNumber()),
                "scoreFlags", scoreChecks.of(found.summary().caseNumber()),
                "reissuable", REISSUABLE.stream().filter(k -> mayReissue(k, found.summary(), caller))
                        .map(Enum::name).collect(Collectors.toSet())));
    }

    /** The case's papers that their office revises from the case page; event certificates on the event's. */
    static final Set<DocumentKind> REISSUABLE = Set.of(DocumentKind.LEVEL_CERTIFICATE, DocumentKind.NATIONAL_RESULT_NOTICE,
            DocumentKind.SITE_VISIT_NOTICE, DocumentKind.NATIONAL_CERTIFICATE);

    /** The office that issued a paper revises it: the province's officers theirs, DRA its national certificate. */
    private static boolean mayReissue(DocumentKind kind, Cases.CaseSummary c, ApiCaller caller) {
        return kind == DocumentKind.NATIONAL_CERTIFICATE ? caller.isDra()
                : caller.groups().contains(ProvinceTenants.officerGroupOf(c.provinceCode()));
    }

    /**
     * A revised version of an issued paper (a name or a date corrected): the same number, "ฉบับแก้ไข
     * ครั้งที่ n" on it; for its office only (403 in Thai for other readers, 404 for non-readers and
     * for a paper not issued yet).
     */
    @PostMapping("/cases/{caseNumber}/documents/{kind}/reissue")
    RedirectView reissue(@PathVariable String caseNumber, @PathVariable String kind, HttpServletRequest request,
            RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = readable(caseNumber, caller);
        DocumentKind paper = REISSUABLE.stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("ไม่มีเอกสารนี้ของเรื่อง"));
        if (!mayReissue(paper, c, caller)) {
            throw ApiProblem.forbidden("เฉพาะหน่วยงานที่ออก" + paper.thai() + "ออกฉบับแก้ไขได้");
        }
        DocumentRegister.Issued revised = register.reissue(paper, caseNumber, caller.userId())
                .orElseThrow(() -> ApiProblem.notFound("ยังไม่ได้ออก" + paper.thai() + "ของเรื่องนี้ จึงออกฉบับแก้ไขไม่ได้"));
        redirect.addFlashAttribute("notice", "ออก" + paper.thai() + " " + revised.reference() + " ฉบับแก้ไขครั้งที่ "
                + (revised.version() - 1) + " แล้ว");
        return Redirects.seeOther("/cases/" + caseNumber + "#documents");
    }

    /**
     * A filled form of the kit (อ.01–อ.05) as PDF to sign and file: the version asked for, the latest
     * without one; for whom may read the case, 404 in Thai otherwise (docs/access.md).
     */
    @GetMapping("/cases/{caseNumber}/forms/{formCode}.pdf")
    ResponseEntity<byte[]> formPaper(@PathVariable String caseNumber, @PathVariable String formCode,
            @RequestParam(name = "version", required = false) Integer version, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        CaseFile.File found = file.read(caseNumber, caller.groups()).orElseThrow(() -> ApiProblem.notFound(NOT_FOUND));
        Download pdf = papers.render(found, formCode, version)
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบแบบนี้หรือฉบับนี้ในเรื่องนี้"));
        return pdf.asAttachment();
    }

    /**
     * The certificate of the certified level (issue 17) as PDF: issued into the register on the first
     * download by the province's office, the same number after; for whom may read the case, 404 in
     * Thai otherwise, before certification, and before the office issued it (docs/access.md).
     */
    @GetMapping("/cases/{caseNumber}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = readable(caseNumber, caller);
        return certificates.download(c, caller.groups(), caller.userId()).asAttachment();
    }

    /**
     * The certificates of the province's certified organisations of a fiscal year in one PDF to print
     * and sign at once (issue 17 item 5); {@code only=new}: those not issued before. For the
     * province's officers, linked from the office page; each is issued as its own download would.
     */
    @GetMapping("/provinces/{code}/certificates.pdf")
    ResponseEntity<byte[]> certificates(@PathVariable String code, @RequestParam(required = false) String fiscalYear,
            @RequestParam(required = false) String only, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        FieldErrors errors = new FieldErrors();
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        errors.throwIfInvalid();
        return certificates.batch(code, year, "new".equals(only), caller.groups(), caller.userId()).asAttachment();
    }

    /** The organisation's certificates for the people and teams it honours (step 5, issue 17): for whom may read the case. */
    @GetMapping("/cases/{caseNumber}/honour-certificates.pdf")
    ResponseEntity<byte[]> honourCertificates(@PathVariable String caseNumber, HttpServletRequest request) {
        return honours.render(readable(caseNumber, PageCaller.of(request, identity))).asAttachment();
    }

    /** The declaration อ.05 as the poster to sign and post (issue 17): for whom may read the case, 404 before it. */
    @GetMapping("/cases/{caseNumber}/declaration-poster.pdf")
    ResponseEntity<byte[]> declarationPoster(@PathVariable String caseNumber, HttpServletRequest request) {
        return poster.render(readable(caseNumber, PageCaller.of(request, identity))).asAttachment();
    }

    /**
     * DRA's certificate of the national endorsement (issue 17), numbered with the result: for whom
     * may read the case, 404 in Thai otherwise and unless the national committee endorsed it.
     */
    @GetMapping("/cases/{caseNumber}/national-certificate.pdf")
    ResponseEntity<byte[]> nationalCertificate(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = readable(caseNumber, caller);
        return nationalCertificates.download(c).asAttachment();
    }

    /**
     * The province's letter telling the national result (issue 17), numbered when the result was
     * recorded: PDF, or {@code .docx} for the office to reword; for whom may read the case, 404 in
     * Thai otherwise and before the result.
     */
    @GetMapping({"/cases/{caseNumber}/national-result-notice.pdf", "/cases/{caseNumber}/national-result-notice.docx"})
    ResponseEntity<byte[]> nationalResultNotice(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = readable(caseNumber, caller);
        return notices.render(c, request.getRequestURI().endsWith(".docx")).asAttachment();
    }

    /**
     * The site-visit preparation notice (seed 5.2.2(6)) as PDF: for whom may read the case, 404 in
     * Thai otherwise and before the visit was scheduled (docs/access.md).
     */
    @GetMapping("/cases/{caseNumber}/site-visit-notice.pdf")
    ResponseEntity<byte[]> siteVisitNotice(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = readable(caseNumber, caller);
        return siteVisitNotice.download(c).asAttachment();
    }

    /** Times as the page shows them: Buddhist-Era dates in the office's time zone; "-" for none. */
    record Dates(ZoneId zone) {
        public String at(Instant at) {
            return ThaiDates.dateTime(at, zone);
        }

        public String day(Instant at) {
            return ThaiDates.longDate(at, zone);
        }
    }

    /**
     * An image or PDF of the case, in the browser rather than downloaded: its stored type only
     * (recognised from its content at upload), never sniffed, sandboxed (docs/access.md).
     */
    @GetMapping("/cases/{caseNumber}/attachments/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable String caseNumber, @PathVariable long id, HttpServletRequest request,
            HttpServletResponse response) {
        ApiCaller caller = PageCaller.of(request, identity);
        if (cases.find(caseNumber).filter(c -> CaseAccess.mayRead(c, caller.groups())).isEmpty()) {
            throw ApiProblem.notFound(NOT_FOUND);
        }
        Attachments.Content content = attachments.content(caseNumber, id)
                .filter(a -> PREVIEWABLE.contains(a.contentType()))
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบไฟล์นี้ หรือไฟล์นี้เปิดดูในเบราว์เซอร์ไม่ได้"));
        // replaces the pages' policy and framing rule (web.SecurityHeaders) for this answer only
        response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.content());
    }

    /** The case for a caller who may read it; the case page's 404 in Thai for anyone else. */
    private Cases.CaseSummary readable(String caseNumber, ApiCaller caller) {
        return cases.find(caseNumber).filter(found -> CaseAccess.mayRead(found, caller.groups()))
                .orElseThrow(() -> ApiProblem.notFound(NOT_FOUND));
    }
}
