package th.moralorg.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated paper to download under its Thai file name, never kept by the browser or a proxy. */
public record Download(String fileName, MediaType type, byte[] content) {

    public static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The PDF ({@code docx} false) or the Word file of a paper, named {@code name} plus its extension. */
    public static Download of(String name, boolean docx, byte[] content) {
        return new Download(name + (docx ? ".docx" : ".pdf"), docx ? DOCX : MediaType.APPLICATION_PDF, content);
    }

    public ResponseEntity<byte[]> asAttachment() {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }
}
