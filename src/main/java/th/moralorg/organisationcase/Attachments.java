package th.moralorg.organisationcase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.validation.FileNames;

/**
 * Evidence files of a case, kept in our own table (never as process variables): size-limited,
 * their type recognised from their content rather than from what the browser claims, with a
 * SHA-256 checksum.
 */
@Repository
class Attachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Longest name we keep, extension included (code points). */
    static final int MAX_NAME = 120;

    record Stored(long id, String fileName, String contentType, int sizeBytes, String sha256, String purpose,
            String uploadedBy, Instant uploadedAt) {
    }

    record Content(String fileName, String contentType, byte[] content) {
    }

    /** The extensions a name may keep for each type we accept; the first is given to any other name. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg"));

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The type the bytes really are, among those we accept: PDF, PNG, JPEG. */
    static Optional<String> recognise(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes())) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * The name a file is stored and offered under: {@link FileNames#clean}, and the extension is the one of the type its content really is ("page.html" that is a PDF becomes
     * "page.pdf"); at most {@link #MAX_NAME} characters. Empty when nothing usable is left.
     */
    static Optional<String> cleanFileName(String original, String contentType) {
        String name = FileNames.clean(original);
        List<String> allowed = EXTENSIONS.getOrDefault(contentType, List.of("bin"));
        String extension = allowed.get(0);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && name.substring(dot + 1).matches("[A-Za-z0-9]{1,5}")) {
            String given = name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
            extension = allowed.contains(given) ? given : extension;
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[. ]+$", "").replaceAll("^[. ]+", "");
        int room = MAX_NAME - extension.length() - 1;
        if (name.codePointCount(0, name.length()) > room) {
            name = name.substring(0, name.offsetByCodePoints(0, room)).strip();
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name + "." + extension);
    }

    Stored store(String caseNumber, String purpose, String fileName, String contentType, byte[] content, String by) {
        String sha256 = sha256(content);
        return jdbc.sql("""
                insert into mo.attachment (case_number, purpose, file_name, content_type, size_bytes, sha256, content,
                                           uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id, file_name, content_type, size_bytes, sha256, purpose, uploaded_by, uploaded_at""")
                .params(caseNumber, purpose, fileName, contentType, content.length, sha256, content, by)
                .query(Stored.class).single();
    }

    List<Stored> list(String caseNumber) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, purpose, uploaded_by, uploaded_at
                from mo.attachment
                where case_number = ? order by id""").param(caseNumber).query(Stored.class).list();
    }

    Optional<Content> content(String caseNumber, long id) {
        return jdbc.sql("select file_name, content_type, content from mo.attachment where case_number = ? and id = ?")
                .params(caseNumber, id).query(Content.class).optional();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
