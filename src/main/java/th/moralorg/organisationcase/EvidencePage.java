package th.moralorg.organisationcase;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The evidence files of a case (seed 5.2.1(2.4)), {@code /cases/{caseNumber}/evidence}, for whom
 * /api/cases/{n}/attachments lets in (signed in): the list for who may read the case, the upload
 * form for its organisation and its province's officers ({@link CaseAccess}); 404 for a case the
 * caller may not see, as for one that does not exist. The file is checked by {@link EvidenceUploads}.
 */
@PageController
class EvidencePage {

    static final String CHOOSE = "/evidence";
    private static final String TEMPLATE = "organisationcase/evidence";
    private static final String NOT_FOUND = "ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้";

    private final Cases cases;
    private final Attachments attachments;
    private final EvidenceUploads uploads;
    private final IdentityService identity;

    EvidencePage(Cases cases, Attachments attachments, EvidenceUploads uploads, IdentityService identity) {
        this.cases = cases;
        this.attachments = attachments;
        this.uploads = uploads;
        this.identity = identity;
    }

    /** The old page took the case as {@code ?case=}, which the redirect keeps. */
    @GetMapping("/evidence.html")
    ResponseEntity<Void> old(HttpServletRequest request) {
        return Redirects.moved(request, CHOOSE);
    }

    /** Where Tasklist's forms link to: the case number to type, or given. */
    @GetMapping(CHOOSE)
    ModelAndView choose(@RequestParam(name = "case", required = false) String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return new ModelAndView(TEMPLATE, Map.of("choose", true), HttpStatus.OK);
        }
        return new ModelAndView(Redirects.seeOther(path(caseNumber.strip())));
    }

    @GetMapping("/cases/{caseNumber}/evidence")
    ModelAndView list(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        return readable(caseNumber, caller).map(c -> page(c, caller, null, Map.of(), HttpStatus.OK))
                .orElseGet(EvidencePage::notFound);
    }

    @PostMapping("/cases/{caseNumber}/evidence")
    ModelAndView upload(@PathVariable String caseNumber,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "purpose", defaultValue = "EVIDENCE") String purpose, HttpServletRequest request,
            RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        Optional<Cases.CaseSummary> found = readable(caseNumber, caller);
        if (found.isEmpty()) {
            return notFound();
        }
        if (!CaseAccess.mayAddEvidence(found.get(), caller.groups())) {
            return new ModelAndView(TEMPLATE, Map.of("refused", "ไม่มีสิทธิ์แนบเอกสารในเรื่องนี้"), HttpStatus.FORBIDDEN);
        }
        EvidenceUploads.Result result = uploads.accept(caseNumber, purpose, file, caller.userId());
        if (result.stored() == null) {
            Map<String, String> errors = new HashMap<>(result.errors());
            // a name with nothing usable left is the chosen file's fault: said under the file
            String name = errors.remove("fileName");
            if (name != null) {
                errors.merge("file", name, (first, next) -> first + " " + next);
            }
            return page(found.get(), caller, purpose, errors, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "แนบไฟล์ " + result.stored().fileName() + " แล้ว");
        return new ModelAndView(Redirects.seeOther(path(caseNumber)));
    }

    private Optional<Cases.CaseSummary> readable(String caseNumber, ApiCaller caller) {
        return cases.find(caseNumber).filter(c -> CaseAccess.mayRead(c, caller.groups()));
    }

    /** {@code purpose}: the one a refused post chose, offered again. */
    private ModelAndView page(Cases.CaseSummary c, ApiCaller caller, String purpose, Map<String, String> errors,
            HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("chosen", purpose == null ? "EVIDENCE" : purpose);
        model.put("summary", c);
        model.put("files", attachments.list(c.caseNumber()));
        model.put("mayAdd", CaseAccess.mayAddEvidence(c, caller.groups()));
        model.put("purposes", EvidenceUploads.PURPOSES);
        model.put("errors", errors);
        return new ModelAndView(TEMPLATE, model, status);
    }

    private static ModelAndView notFound() {
        return new ModelAndView(TEMPLATE, Map.of("refused", NOT_FOUND), HttpStatus.NOT_FOUND);
    }

    private static String path(String caseNumber) {
        return "/cases/" + UriUtils.encodePathSegment(caseNumber, java.nio.charset.StandardCharsets.UTF_8) + "/evidence";
    }
}
