package th.moralorg.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.IntegrationTest;
import th.moralorg.support.Pages;
import th.moralorg.support.SignIn;

/**
 * Issue 17: the emblem an administrator uploads heads the offices' letters (3 cm) and certificates,
 * in the PDF and in the Word file; nobody else uploads or reads it, and a file that is no picture is
 * refused in Thai with nothing stored.
 */
@IntegrationTest
class EmblemPageTests {

    @LocalServerPort
    int port;
    @Autowired
    Emblems emblems;

    @Test
    void anAdministratorsEmblemHeadsTheLettersAndCertificates() throws Exception {
        byte[] png = crest(300, 330);
        HttpClient officer = SignIn.as(port, "officer.50", "demo");
        assertThat(new Pages(port, officer).get(EmblemPage.PATH).statusCode()).isEqualTo(403);
        assertThat(upload(officer, "crest.png", png).statusCode()).isEqualTo(403);

        HttpClient admin = SignIn.as(port, "admin", "demo");
        Pages adminPages = new Pages(port, admin);
        assertThat(adminPages.get("/").body()).contains("href=\"/admin/emblem\"");
        Optional<Emblem> before = emblems.current();
        HttpResponse<String> notAPicture = upload(admin, "crest.png", "%PDF-1.4 not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(notAPicture.statusCode()).isEqualTo(400);
        assertThat(notAPicture.body()).contains("ไฟล์ตราต้องเป็นรูปภาพ PNG หรือ JPEG");
        assertThat(upload(admin, "tiny.png", crest(20, 20)).body()).contains("รูปตราเล็กเกินไป");
        assertThat(emblems.current().map(Emblem::widthPx)).isEqualTo(before.map(Emblem::widthPx));

        HttpResponse<String> stored = upload(admin, "crest.png", png);
        assertThat(stored.statusCode()).isEqualTo(303);
        assertThat(adminPages.get(EmblemPage.PATH).body()).contains("id=\"emblemImage\"").contains("300 × 330 พิกเซล");
        Emblem emblem = emblems.current().orElseThrow();

        // a letter: the crest centred, 3 cm high, above the letter's head; the Word file carries it too
        byte[] letter = new OfficialDocument("หนังสือทดสอบ").emblem(emblem, OfficialPaper.LETTER_EMBLEM_CM)
                .letterHead("ที่ วธ ๐๔๕๐/๑", List.of("สำนักงานวัฒนธรรมจังหวัดเชียงใหม่"), "๑ ธันวาคม ๒๕๖๙").bytes();
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            var resources = pdf.getPage(0).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> assertThat(image.getWidth()).isEqualTo(300));
        }
        byte[] word = new WordDocument("หนังสือทดสอบ").emblem(emblem, OfficialPaper.LETTER_EMBLEM_CM)
                .letterHead("ที่ วธ ๐๔๕๐/๑", List.of("สำนักงานวัฒนธรรมจังหวัดเชียงใหม่"), "๑ ธันวาคม ๒๕๖๙").bytes();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(word))) {
            assertThat(docx.getAllPictures()).singleElement()
                    .satisfies(picture -> assertThat(picture.getData()).isEqualTo(png));
        }
    }

    private HttpResponse<String> upload(HttpClient client, String fileName, byte[] content) throws Exception {
        String token = Pages.token(new Pages(port, client).get("/").body());
        String boundary = "----emblem" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + EmblemPage.PATH))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A round golden crest on a transparent ground, as a PNG. */
    private static byte[] crest(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8, 0x9B, 0x2C));
        g.fillOval(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
