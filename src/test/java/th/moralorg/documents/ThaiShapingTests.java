package th.moralorg.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

import th.moralorg.webapp.ThaiBrowser;

/**
 * The proof that our PDFs shape Thai (issue 17): hard words drawn by {@link OfficialDocument}'s
 * fonts and engine, rasterised by PDFBox, against the same words in the same font drawn by headless
 * Chromium (HarfBuzz). Each picture is cut into its separate marks (connected ink); the two must
 * have the same marks in the same places, so a dropped, merged or moved mark fails. The same
 * comparison rejects the words drawn unshaped (PDFBox showing the font's glyphs one by one), so it
 * can fail. Pictures under target/documents/shaping/.
 */
class ThaiShapingTests {

    /** Tone marks over upper vowels, over tall consonants, without a vowel; ์ and ำ; ฐ ญ without their tails. */
    static final List<String> CORPUS = List.of("ที่", "นี่", "ปั้น", "ญี่ปุ่น", "องค์กร", "เจตนารมณ์", "น้ำ", "ก่อน",
            "ป่า", "ใต้", "ผู้ใหญ่", "ฝั่ง", "กิ่ง", "ปฏิบัติ", "ฐาน", "ป้ำ");
    /** Each shorter than a line of A4, so each comes back as one line. */
    static final List<String> SENTENCES = List.of("ประกาศเจตนารมณ์องค์กรคุณธรรม ที่นี่ ญี่ปุ่น",
            "น้ำใจ ปั้นดินเผา ผู้ใหญ่ใจดี ปีงบประมาณ พ.ศ. ๒๕๖๙", "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่ ฉบับที่ ๒");
    /** Pixels at 1 px per point. */
    static final int SIZE = 72;
    static final int WIDTH = 400;
    static final int HEIGHT = 150;
    static final int BASELINE = 100;
    /** How far the same mark may sit apart in the two engines' pictures (hinting, rounding). */
    static final double TOLERANCE = 4;
    static final Path FONT = Path.of("src/main/resources/documents/fonts/Sarabun-Regular.ttf");
    static final Path OUT = Path.of("target", "documents", "shaping");

    @Test
    void every_mark_sits_where_chromium_puts_it_and_the_comparison_rejects_unshaped_text() throws Exception {
        Files.createDirectories(OUT);
        Map<String, BufferedImage> chromium = chromium();
        Map<String, BufferedImage> ours = rasterise(shaped());
        Map<String, BufferedImage> unshaped = rasterise(unshaped());
        List<String> differences = new ArrayList<>();
        List<String> unshapedPassing = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            String word = CORPUS.get(i);
            ImageIO.write(ours.get(word), "png", OUT.resolve(i + "-pdf.png").toFile());
            ImageIO.write(chromium.get(word), "png", OUT.resolve(i + "-chromium.png").toFile());
            ImageIO.write(unshaped.get(word), "png", OUT.resolve(i + "-unshaped.png").toFile());
            String difference = Marks.difference(Marks.of(chromium.get(word)), Marks.of(ours.get(word)), TOLERANCE);
            if (difference != null) {
                differences.add(word + " (" + i + "): " + difference);
            }
            if (Marks.difference(Marks.of(chromium.get(word)), Marks.of(unshaped.get(word)), TOLERANCE) == null) {
                unshapedPassing.add(word);
            }
        }
        assertThat(differences).as("marks that differ from Chromium's; pictures in " + OUT).isEmpty();
        // unshaped, a tone mark falls onto the upper vowel (ที่), ำ's circle onto the tone (น้ำ), a mark into ป's stem (ป่า)
        assertThat(unshapedPassing).as("unshaped words the comparison let through")
                .doesNotContain("ที่", "นี่", "ปั้น", "ญี่ปุ่น", "น้ำ", "ป่า", "ป้ำ");
    }

    @Test
    void the_text_of_the_pdf_is_the_thai_that_was_written() throws IOException {
        OfficialDocument written = new OfficialDocument("ทดสอบ").title(SENTENCES.get(0));
        SENTENCES.forEach(written::paragraph);
        written.field("ชื่อองค์กร", String.join(" ", CORPUS.subList(0, 8)));
        try (PDDocument document = Loader.loadPDF(written.pdf())) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertThat(lines).containsSequence(SENTENCES.get(0), SENTENCES.get(0), SENTENCES.get(1), SENTENCES.get(2),
                    "ชื่อองค์กร " + String.join(" ", CORPUS.subList(0, 8)));
        }
    }

    /** Each word on its own page, drawn as {@link OfficialDocument} draws text. */
    private static byte[] shaped() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(WIDTH, HEIGHT), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        for (String word : CORPUS) {
            document.newPage();
            canvas.beginText();
            canvas.setFontAndSize(OfficialDocument.REGULAR, SIZE);
            canvas.setTextMatrix(20, HEIGHT - BASELINE);
            canvas.showText(word);
            canvas.endText();
        }
        document.close();
        return out.toByteArray();
    }

    /** The counter-example: the font's glyphs by its character map, no GSUB, no GPOS. */
    private static byte[] unshaped() throws IOException {
        try (PDDocument document = new PDDocument(); InputStream font = Files.newInputStream(FONT)) {
            PDType0Font sarabun = PDType0Font.load(document, font, false);
            for (String word : CORPUS) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(sarabun, SIZE);
                    content.newLineAtOffset(20, HEIGHT - BASELINE);
                    content.showText(word);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Map<String, BufferedImage> rasterise(byte[] pdf) throws IOException {
        Map<String, BufferedImage> pages = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < CORPUS.size(); i++) {
                pages.put(CORPUS.get(i), renderer.renderImage(i, 1f, ImageType.GRAY));
            }
        }
        return pages;
    }

    /** The words in the same font, at the same size, as Chromium draws them. */
    private static Map<String, BufferedImage> chromium() throws IOException {
        Path page = Files.createTempDirectory("thai-shaping-");
        Files.copy(FONT, page.resolve("Sarabun-Regular.ttf"));
        Files.writeString(page.resolve("corpus.html"), "<!doctype html><html lang='th'><head><meta charset='utf-8'><style>"
                + "@font-face{font-family:S;src:url('Sarabun-Regular.ttf')}"
                + "body{margin:0;background:#fff}div{width:" + WIDTH + "px;height:" + HEIGHT + "px;position:relative}"
                + "span{font:" + SIZE + "px/1 S;color:#000;white-space:nowrap;position:absolute;left:20px;top:"
                + (BASELINE - SIZE) + "px}</style></head><body><div id='word'><span></span></div></body></html>");
        Map<String, BufferedImage> pictures = new LinkedHashMap<>();
        try (ThaiBrowser browser = ThaiBrowser.start()) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.driver.get(page.resolve("corpus.html").toUri().toString());
            for (String word : CORPUS) {
                js.executeScript("document.querySelector('span').textContent = arguments[0]", word);
                browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return document.fonts.check('" + SIZE + "px S', arguments[0]) && document.fonts.status === 'loaded'", word)));
                byte[] png = browser.driver.findElement(By.id("word")).getScreenshotAs(OutputType.BYTES);
                pictures.put(word, ImageIO.read(new ByteArrayInputStream(png)));
            }
        }
        return pictures;
    }
}
