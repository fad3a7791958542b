package th.moralorg.organisationcase;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.moralorg.errors.ApiProblem;

/**
 * A case outside Tasklist (HTTP Basic, like /engine-rest): its status, read from our tables, and
 * its evidence files. 404 for a case the caller may not see, as for one that does not exist.
 */
@RestController
class CaseController {

    private final Cases cases;
    private final Attachments attachments;
    private final CaseAccess access;
    private final EvidenceUploads uploads;

    CaseController(Cases cases, Attachments attachments, CaseAccess access, EvidenceUploads uploads) {
        this.cases = cases;
        this.attachments = attachments;
        this.access = access;
        this.uploads = uploads;
    }

    @GetMapping("/api/cases/{caseNumber}")
    ResponseEntity<?> status(@PathVariable String caseNumber) {
        return cases.find(caseNumber).filter(access::mayRead)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseThrow(CaseController::notFound);
    }

    @PostMapping(path = "/api/cases/{caseNumber}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@PathVariable String caseNumber, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "purpose", defaultValue = "EVIDENCE") String purpose) {
        var found = cases.find(caseNumber).filter(access::mayRead);
        if (found.isEmpty()) {
            throw notFound();
        }
        if (!access.mayAddEvidence(found.get())) {
            throw ApiProblem.forbidden("ไม่มีสิทธิ์แนบเอกสารในเรื่องนี้");
        }
        EvidenceUploads.Result result = uploads.accept(caseNumber, purpose, file, access.user());
        if (result.stored() == null) {
            throw new ApiProblem(400, "แนบไฟล์ไม่ได้", result.errors());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(result.stored());
    }

    @GetMapping("/api/cases/{caseNumber}/attachments")
    ResponseEntity<?> list(@PathVariable String caseNumber) {
        if (cases.find(caseNumber).filter(access::mayRead).isEmpty()) {
            throw notFound();
        }
        List<Attachments.Stored> list = attachments.list(caseNumber);
        return ResponseEntity.ok(list);
    }

    @GetMapping("/api/cases/{caseNumber}/attachments/{id}")
    ResponseEntity<?> download(@PathVariable String caseNumber, @PathVariable long id) {
        if (cases.find(caseNumber).filter(access::mayRead).isEmpty()) {
            throw notFound();
        }
        return attachments.content(caseNumber, id)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(a.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(Attachments.cleanFileName(a.fileName(), a.contentType())
                                        .orElse("เอกสาร-" + id + ".bin"), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(a.content()))
                .orElseThrow(CaseController::notFound);
    }

    private static ApiProblem notFound() {
        return ApiProblem.notFound("ไม่พบเรื่องนี้ หรือท่านไม่มีสิทธิ์ดูเรื่องนี้");
    }
}
