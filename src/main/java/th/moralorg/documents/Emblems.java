package th.moralorg.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.errors.ApiProblem;

/**
 * The emblem the offices' letters and certificates carry at their head (issue 17), as an
 * administrator uploaded it (mo.document_emblem); papers rendered before it have none.
 */
@Repository
public class Emblems {

    /** Large enough for a print-quality crest, small enough to embed in every paper. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final int MIN_PIXELS = 100;

    private final JdbcClient jdbc;

    Emblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Emblem> current() {
        return jdbc.sql("select content, content_type, width_px, height_px from mo.document_emblem where id = 1")
                .query(Emblem.class).optional();
    }

    /** Stores the emblem in place of the one before; a file that is no PNG or JPEG picture is refused (400, in Thai). */
    void store(byte[] content, String by) {
        String type = content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G' ? "image/png"
                : content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 ? "image/jpeg" : null;
        if (type == null) {
            throw refused("ไฟล์ตราต้องเป็นรูปภาพ PNG หรือ JPEG");
        }
        if (content.length > MAX_BYTES) {
            throw refused("ไฟล์ตราต้องมีขนาดไม่เกิน 1 MB");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw refused("อ่านรูปภาพในไฟล์ไม่ได้ กรุณาบันทึกเป็น PNG หรือ JPEG ใหม่แล้วอัปโหลดอีกครั้ง");
        }
        if (image.getWidth() < MIN_PIXELS || image.getHeight() < MIN_PIXELS) {
            throw refused("รูปตราเล็กเกินไปสำหรับการพิมพ์: ต้องกว้างและสูงอย่างน้อย " + MIN_PIXELS + " พิกเซล");
        }
        jdbc.sql("""
                insert into mo.document_emblem (id, content, content_type, width_px, height_px, uploaded_by)
                values (1, ?, ?, ?, ?, ?)
                on conflict (id) do update set content = excluded.content, content_type = excluded.content_type,
                    width_px = excluded.width_px, height_px = excluded.height_px, uploaded_by = excluded.uploaded_by,
                    uploaded_at = now()""")
                .params(content, type, image.getWidth(), image.getHeight(), by).update();
    }

    private static ApiProblem refused(String message) {
        return new ApiProblem(400, message, Map.of("file", message));
    }
}
