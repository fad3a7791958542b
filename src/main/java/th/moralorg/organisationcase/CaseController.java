package th.moralorg.organisationcase;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.camunda.bpm.engine.IdentityService;
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

import th.moralorg.documents.DocumentRegister;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.CurrentUser;

/**
 * A case outside Tasklist (HTTP Basic, like /engine-rest): its status, read from our tables, its
 * whole file ({@link CaseFile}, as the case page shows it) and its evidence files. 404 for a case the caller may not see, as for one that does not exist.
 */
@RestController
class CaseController {

    private final Cases cases;
    private final Attachments attachments;
    private final CaseAccess access;
    private final EvidenceUploads uploads;
    private final CaseFile file;
    private final IdentityService identity;
    private final Certificates certificates;

    CaseController(Cases cases, Attachments attachments, CaseAccess access, EvidenceUploads uploads, CaseFile file,
            IdentityService identity, Certificates certificates) {
        this.certificates = certificates;
        this.cases = cases;
        this.attachments = attachments;
        this.access = access;
        this.uploads = uploads;
        this.file = file;
        this.identity = identity;
    }

    @GetMapping("/api/cases/{caseNumber}")
    ResponseEntity<?> status(@PathVariable String caseNumber) {
        return cases.find(caseNumber).filter(access::mayRead)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseThrow(CaseController::notFound);
    }

    @Operation(summary = "แฟ้มเรื่องทั้งเรื่อง (เหมือนหน้า /cases/{caseNumber})",
            description = "ข้อมูลโดยย่อและสิ่งที่เรื่องรออยู่ตอนนี้ (งาน ผู้รับงานหรือกลุ่มที่รับงานได้ ข้อความหรือกำหนดเวลาที่รอ) "
                    + "ข้อมูลองค์กร (อ.01) และเรื่องของปีอื่นที่ผู้เรียกดูได้ แบบทุกฉบับทุกครั้งที่ส่งพร้อมชื่อช่องภาษาไทยและสิ่งที่เปลี่ยน "
                    + "ไฟล์หลักฐาน ระดับที่เสนอพร้อมเกณฑ์ของตาราง certification-level ที่ใช้ มติทุกครั้งพร้อมผู้บันทึก "
                    + "และลำดับเหตุการณ์ (ใหม่สุดก่อน) ผู้ดูได้: สำนักงานวัฒนธรรมจังหวัดของเรื่อง กรมการศาสนา ผู้บริหาร "
                    + "ผู้ดูแลระบบ และผู้ประสานงานขององค์กร")
    @ApiResponse(responseCode = "200", description = "แฟ้มเรื่อง")
    @ApiResponse(responseCode = "404", description = "ไม่พบเรื่อง หรือผู้เรียกไม่มีสิทธิ์ดูเรื่องนี้ (ตอบเหมือนกัน)")
    @GetMapping("/api/cases/{caseNumber}/file")
    CaseFile.File file(@PathVariable String caseNumber) {
        return file.read(caseNumber, CurrentUser.groups(identity)).orElseThrow(CaseController::notFound);
    }

    @Operation(summary = "ออกเกียรติบัตรฉบับแก้ไข (เลขที่เดิม ฉบับแก้ไขครั้งถัดไป)",
            description = "เฉพาะสำนักงานวัฒนธรรมจังหวัดของเรื่อง หลังออกเกียรติบัตรแล้ว (ดาวน์โหลดครั้งแรกที่ /cases/{caseNumber}/certificate.pdf)")
    @PostMapping("/api/cases/{caseNumber}/certificate/reissue")
    DocumentRegister.Issued reissueCertificate(@PathVariable String caseNumber) {
        Cases.CaseSummary c = cases.find(caseNumber).filter(access::mayRead).orElseThrow(CaseController::notFound);
        return certificates.reissue(c, CurrentUser.groups(identity), access.user());
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
