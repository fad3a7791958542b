package th.moralorg.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.errors.ApiProblem;
import th.moralorg.validation.FileNames;

/** The minutes of a subcommittee meeting: PDF, Word or a scan, at most 10 MB, kept with its SHA-256. */
@Repository
class ReviewMinutes {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    record Minutes(String fileName, String contentType, int sizeBytes, String sha256, byte[] content) {

        /** The file to download under its own name, with its SHA-256 to check it by. */
        ResponseEntity<byte[]> asAttachment() {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName, StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-SHA256", sha256)
                    .body(content);
        }
    }

    private final JdbcClient jdbc;

    ReviewMinutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks and stores (or replaces) the minutes under their cleaned name (FileNames); returns their SHA-256. */
    String store(long meetingId, String fileName, byte[] content, String by) {
        String name = FileNames.clean(fileName);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
        String type = TYPES.get(extension);
        if (content == null || content.length == 0) {
            throw ApiProblem.invalid(Map.of("file", "ไฟล์ว่างเปล่า"));
        }
        if (content.length > MAX_BYTES) {
            throw ApiProblem.invalid(Map.of("file", "ไฟล์มีขนาดเกิน 10 MB"));
        }
        if (type == null || name.length() > 255 || !matchesSignature(extension, content)) {
            throw ApiProblem.invalid(Map.of("file", "รับเฉพาะไฟล์ PDF, DOCX, JPG หรือ PNG ที่ตรงกับนามสกุลไฟล์"));
        }
        String sha256 = sha256(content);
        jdbc.sql("""
                insert into mo.review_minutes (meeting_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (meeting_id) do update set file_name = excluded.file_name, content_type = excluded.content_type,
                    size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content,
                    uploaded_by = excluded.uploaded_by, uploaded_at = now()""")
                .params(meetingId, name, type, content.length, sha256, content, by).update();
        return sha256;
    }

    /** The minutes, or 404 when none are uploaded yet. */
    Minutes require(long meetingId) {
        return find(meetingId).orElseThrow(() -> ApiProblem.notFound("ยังไม่มีรายงานการประชุม"));
    }

    Optional<Minutes> find(long meetingId) {
        return jdbc.sql("select file_name, content_type, size_bytes, sha256, content from mo.review_minutes where meeting_id = ?")
                .param(meetingId).query(Minutes.class).optional();
    }

    private static boolean matchesSignature(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46);
            case "docx" -> startsWith(c, 0x50, 0x4B, 0x03, 0x04);
            case "png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
