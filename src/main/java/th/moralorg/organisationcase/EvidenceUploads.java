package th.moralorg.organisationcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import th.moralorg.reference.FormCode;

/**
 * Checks an evidence file as the API and the page /cases/{n}/evidence both take it (its purpose,
 * size, real type and a usable name) and stores it, or answers a Thai message per field.
 * Who may attach is the caller's to check first ({@link CaseAccess#mayAddEvidence}).
 */
@Component
class EvidenceUploads {

    /** The purposes a file may have, with the Thai names the page offers, in its order. */
    static final Map<String, String> PURPOSES = purposes();

    /** Either the stored file or the errors by field; never both. */
    record Result(Attachments.Stored stored, Map<String, String> errors) {
    }

    private final Attachments attachments;

    EvidenceUploads(Attachments attachments) {
        this.attachments = attachments;
    }

    Result accept(String caseNumber, String purpose, MultipartFile file, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!PURPOSES.containsKey(purpose)) {
            errors.put("purpose", "ประเภทเอกสารไม่ใช่ตัวเลือกที่มีให้");
        }
        if (file == null || file.isEmpty()) {
            errors.put("file", file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()
                    ? "กรุณาเลือกไฟล์" : "ไฟล์ว่างเปล่า");
        } else if (file.getSize() > Attachments.MAX_BYTES) {
            errors.put("file", "ไฟล์ใหญ่เกิน " + Attachments.MAX_BYTES / (1024 * 1024) + " MB");
        }
        byte[] content = errors.containsKey("file") ? new byte[0] : bytes(file);
        var type = Attachments.recognise(content);
        if (!errors.containsKey("file") && type.isEmpty()) {
            errors.put("file", "รับเฉพาะไฟล์ PDF, PNG หรือ JPEG");
        }
        var fileName = type.flatMap(t -> Attachments.cleanFileName(file.getOriginalFilename(), t));
        if (type.isPresent() && fileName.isEmpty()) {
            errors.put("fileName", "ชื่อไฟล์ไม่มีตัวอักษรที่ใช้ได้ กรุณาเปลี่ยนชื่อไฟล์แล้วแนบใหม่");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(attachments.store(caseNumber, purpose, fileName.get(), type.get(), content, by), Map.of());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> purposes() {
        Map<String, String> purposes = new LinkedHashMap<>();
        purposes.put("EVIDENCE", "หลักฐานประกอบ");
        purposes.put("PROGRESS", "รายงานความก้าวหน้า");
        purposes.put("DECLARATION", FormCode.DECLARATION.label());
        purposes.put("SELF_ASSESSMENT", FormCode.SELF_ASSESSMENT.label());
        purposes.put("OTHER", "เอกสารอื่น");
        return Collections.unmodifiableMap(purposes);
    }
}
