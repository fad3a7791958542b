package th.moralorg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a generated paper says, as PDFBox extracts it; its first page kept as a test artifact. */
public final class PdfText {

    public static final Path PAPERS = Path.of("target", "documents");

    private PdfText() {
    }

    /** The PDF's text line by line; its first page kept as target/documents/{@code name}.png. */
    public static List<String> lines(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(PAPERS);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png", PAPERS.resolve(name + ".png").toFile());
            return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
        }
    }

    /** The lines as one text without spaces: what a wrapped title or paragraph says, wherever it was broken. */
    public static String unwrapped(List<String> lines) {
        return String.join("", lines).replace(" ", "");
    }
}
