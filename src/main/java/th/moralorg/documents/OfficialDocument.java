package th.moralorg.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A Thai official paper as PDF: A4, the margins of official letters (top 2.5 cm, left 3 cm,
 * right 2 cm, bottom 2 cm), Sarabun shipped with the application, Thai shaped by the JDK's layout
 * engine (OpenPDF's {@link LayoutProcessor}: GSUB and GPOS marks, so tone marks stack and ์ sits on
 * its consonant; docs/architecture.md, Documents), lines broken between Thai words, pages from the
 * second numbered "- ๒ -" at the top centre. Built top to bottom ({@link OfficialPaper}), then {@link #pdf()}. Not thread-safe;
 * one per document.
 */
public final class OfficialDocument implements OfficialPaper {

    static final float CM = 72f / 2.54f;
    static final float TOP = 2.5f * CM;
    static final float LEFT = 3f * CM;
    static final float RIGHT = 2f * CM;
    static final float BOTTOM = 2f * CM;
    /** Sarabun's letters are larger on their body than TH SarabunPSK's: 14 pt reads like its 16 pt. */
    public static final float BODY = 14f;
    static final float TITLE = 18f;
    static final float LINE = 1.45f;
    /** A letter's body paragraphs start 2.5 cm in. */
    static final float INDENT = 2.5f * CM;
    /** Tables in a smaller size, so a list of organisations fits the width. */
    static final float TABLE = 13f;
    static final float PAD = 0.15f * CM;
    /** Shares of the text width: where the office's lines and the date of a letter start, the signature's centre. */
    static final float OFFICE_AT = 0.55f;
    static final float DATE_AT = 0.45f;
    static final float SIGNATURE_AXIS = 0.65f;
    private static final Locale THAI = Locale.forLanguageTag("th");

    static final BaseFont REGULAR;
    static final BaseFont BOLD;

    static {
        // global to OpenPDF and settable once: every font created after it is shaped
        synchronized (LayoutProcessor.class) {
            if (!LayoutProcessor.isEnabled()) {
                LayoutProcessor.enableKernLiga();
                // each shown run carries its text: glyph order is not character order (ำ, marks), extractors read this
                LayoutProcessor.setWriteActualText();
            }
        }
        REGULAR = font("documents/fonts/Sarabun-Regular.ttf");
        BOLD = font("documents/fonts/Sarabun-Bold.ttf");
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Rectangle paper;
    private final Document document;
    private final PdfContentByte canvas;
    private final float width;
    private float y;
    private int page = 1;
    private final boolean numbered;
    private boolean empty = true;

    public OfficialDocument(String title) {
        this(title, false);
    }

    /** {@code landscape}: A4 turned (a certificate), same margins. */
    public OfficialDocument(String title, boolean landscape) {
        this(title, landscape, true);
    }

    /** {@code numbered}: pages from the second carry "- ๒ -"; not for a batch of one-page papers. */
    public OfficialDocument(String title, boolean landscape, boolean numbered) {
        this.numbered = numbered;
        paper = landscape ? PageSize.A4.rotate() : PageSize.A4;
        document = new Document(paper, LEFT, RIGHT, TOP, BOTTOM);
        width = paper.getWidth() - LEFT - RIGHT;
        document.addTitle(title);
        document.addCreator("ระบบส่งเสริมองค์กรคุณธรรม");
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        canvas = writer.getDirectContent();
        y = paper.getHeight() - TOP;
    }

    /** The paper's title: bold, larger, centred. */
    @Override
    public OfficialDocument title(String text) {
        for (String line : lines(text, BOLD, TITLE, width)) {
            write(line, BOLD, TITLE, LEFT + (width - width(line, BOLD, TITLE)) / 2);
        }
        return gap();
    }

    @Override
    public OfficialDocument heading(String text) {
        lines(text, BOLD, 16f, width).forEach(line -> write(line, BOLD, 16f, LEFT));
        return this;
    }

    @Override
    public OfficialDocument paragraph(String text) {
        lines(text, REGULAR, BODY, width).forEach(line -> write(line, REGULAR, BODY, LEFT));
        return this;
    }

    /** Centred lines in {@code points}, bold or not (a certificate's lines). */
    @Override
    public OfficialDocument centred(String text, float points, boolean bold) {
        BaseFont font = bold ? BOLD : REGULAR;
        for (String line : lines(text, font, points, width)) {
            write(line, font, points, LEFT + (width - width(line, font, points)) / 2);
        }
        return this;
    }

    /**
     * A QR code of {@code content}, {@code side} points square, in the bottom left corner inside the
     * margins, with {@code caption} beside it; drawn as vector squares (sharp at any print size).
     */
    public OfficialDocument qrCode(String content, float side, String caption) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for " + content, e);
        }
        float cell = side / matrix.getWidth();
        canvas.saveState();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(LEFT + col * cell, BOTTOM + side - (row + 1) * cell, cell, cell);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
        float saved = y;
        y = BOTTOM + side / 2 + BODY;
        float x = LEFT + side + 0.3f * CM;
        for (String line : lines(caption, REGULAR, 12f, width / 2)) {
            draw(line, REGULAR, 12f, x);
            y -= 12f * LINE;
        }
        y = saved;
        return this;
    }

    /** A line against the right margin (the date of a letter, a signature block's lines). */
    @Override
    public OfficialDocument right(String text) {
        write(text, REGULAR, BODY, LEFT + width - width(text, REGULAR, BODY));
        return this;
    }

    /** A label and its value side by side, each wrapped in its own column (label bold, 40 % of the width). */
    public OfficialDocument field(String label, String value) {
        float labelWidth = width * 0.4f;
        float gutter = 0.3f * CM;
        List<String> labels = lines(label, BOLD, BODY, labelWidth - gutter);
        List<String> values = lines(value, REGULAR, BODY, width - labelWidth);
        int rows = Math.max(labels.size(), values.size());
        room(Math.min(rows, 3));
        for (int i = 0; i < rows; i++) {
            room(1);
            if (i < labels.size()) {
                draw(labels.get(i), BOLD, BODY, LEFT);
            }
            if (i < values.size()) {
                draw(values.get(i), REGULAR, BODY, LEFT + labelWidth);
            }
            y -= BODY * LINE;
        }
        // a little air between fields, so a wrapped label reads as one
        y -= BODY * LINE * 0.2f;
        return this;
    }

    /** What follows starts on a new page (a batch of papers in one PDF, one per page). */
    @Override
    public OfficialDocument newPage() {
        room(Float.MAX_VALUE);
        return this;
    }

    /** Whether nothing was written yet (the first certificate of a batch needs no new page). */
    public boolean isEmpty() {
        return empty;
    }

    /** Half a line of space. */
    @Override
    public OfficialDocument gap() {
        y -= BODY * LINE / 2;
        return this;
    }

    @Override
    public OfficialDocument indented(String text) {
        List<String> lines = lines(text, REGULAR, BODY, width - INDENT, width);
        for (int i = 0; i < lines.size(); i++) {
            write(lines.get(i), REGULAR, BODY, i == 0 ? LEFT + INDENT : LEFT);
        }
        return this;
    }

    @Override
    public OfficialDocument labelled(String label, String text) {
        float at = labelWidth(label);
        List<String> lines = lines(text, REGULAR, BODY, width - at);
        room(Math.min(lines.size(), 2));
        draw(label, REGULAR, BODY, LEFT);
        lines.forEach(line -> write(line, REGULAR, BODY, LEFT + at));
        return this;
    }

    /** Where a labelled text starts after its label, in points (Word's hanging indent is the same). */
    static float labelWidth(String label) {
        return width(label, REGULAR, BODY) + 0.4f * CM;
    }

    @Override
    public OfficialDocument emblem(Emblem emblem, float heightCm) {
        float height = heightCm * CM;
        float side = emblem.widthFor(height);
        room(height / (BODY * LINE) + 1);
        try {
            Image image = Image.getInstance(emblem.content());
            image.scaleAbsolute(side, height);
            image.setAbsolutePosition(LEFT + (width - side) / 2, y - height);
            canvas.addImage(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        y -= height + BODY * LINE / 2;
        return this;
    }

    @Override
    public OfficialDocument letterHead(String reference, List<String> office, String date) {
        room(office.size() + 2);
        float top = y;
        draw(reference, REGULAR, BODY, LEFT);
        for (String line : office) {
            write(line, REGULAR, BODY, LEFT + width * OFFICE_AT);
        }
        y = Math.min(y, top - BODY * LINE);
        write(date, REGULAR, BODY, LEFT + width * DATE_AT);
        return gap();
    }

    @Override
    public OfficialDocument signature(List<String> lines) {
        room(lines.size());
        float axis = LEFT + width * SIGNATURE_AXIS;
        lines.forEach(line -> write(line, REGULAR, BODY, axis - width(line, REGULAR, BODY) / 2));
        return this;
    }

    @Override
    public OfficialDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = width * widths[i] / total;
        }
        // the header and the first row together, never the header alone at a page's foot
        float start = rowHeight(headers, columns, BOLD) + (rows.isEmpty() ? 0 : rowHeight(rows.get(0), columns, REGULAR));
        if (y - start < BOTTOM) {
            room(Float.MAX_VALUE);
        }
        row(headers, columns, BOLD);
        for (List<String> row : rows) {
            if (y - rowHeight(row, columns, REGULAR) < BOTTOM) {
                room(Float.MAX_VALUE);
                row(headers, columns, BOLD); // the header again on each page
            }
            row(row, columns, REGULAR);
        }
        return gap();
    }

    private float rowHeight(List<String> cells, float[] columns, BaseFont font) {
        int most = 1;
        for (int i = 0; i < columns.length; i++) {
            most = Math.max(most, lines(cells.get(i), font, TABLE, columns[i] - 2 * PAD).size());
        }
        return most * TABLE * LINE + PAD;
    }

    private void row(List<String> cells, float[] columns, BaseFont font) {
        float height = rowHeight(cells, columns, font);
        if (y - height < BOTTOM) {
            room(Float.MAX_VALUE);
        }
        float x = LEFT;
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        for (int i = 0; i < columns.length; i++) {
            canvas.rectangle(x, y - height, columns[i], height);
            float top = y - PAD / 2;
            for (String line : lines(cells.get(i), font, TABLE, columns[i] - 2 * PAD)) {
                drawAt(line, font, TABLE, x + PAD, top);
                top -= TABLE * LINE;
            }
            x += columns[i];
        }
        canvas.stroke();
        canvas.restoreState();
        y -= height;
    }

    @Override
    public byte[] bytes() {
        return pdf();
    }

    /** The document, closed. */
    public byte[] pdf() {
        document.close();
        return out.toByteArray();
    }

    private void write(String line, BaseFont font, float size, float x) {
        room(size / BODY);
        draw(line, font, size, x);
        y -= size * LINE;
    }

    /** A new page when fewer than {@code lines} body lines are left. */
    private void room(float lines) {
        if (y - lines * BODY * LINE < BOTTOM) {
            document.newPage();
            page++;
            y = paper.getHeight() - TOP;
            if (numbered) {
                String number = "- " + ThaiNumerals.of(page) + " -";
                canvas.beginText();
                canvas.setFontAndSize(REGULAR, BODY);
                canvas.setTextMatrix(LEFT + (width - width(number, REGULAR, BODY)) / 2, paper.getHeight() - 1.5f * CM);
                canvas.showText(number);
                canvas.endText();
            }
        }
    }

    private void draw(String text, BaseFont font, float size, float x) {
        drawAt(text, font, size, x, y);
    }

    private void drawAt(String text, BaseFont font, float size, float x, float top) {
        if (text.isEmpty()) {
            return; // an empty line of a paragraph: only its space
        }
        empty = false;
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        // the baseline one ascent below the line's top
        canvas.setTextMatrix(x, top - size);
        canvas.showText(text);
        canvas.endText();
    }

    /** The text broken into lines no wider than {@code max}, between words (Thai by the JDK's dictionary). */
    static List<String> lines(String text, BaseFont font, float size, float max) {
        return lines(text, font, size, max, max);
    }

    /** The same, the first line no wider than {@code first} (an indented paragraph). */
    static List<String> lines(String text, BaseFont font, float size, float first, float max) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            BreakIterator words = BreakIterator.getLineInstance(THAI);
            words.setText(paragraph);
            StringBuilder line = new StringBuilder();
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                String word = paragraph.substring(start, end);
                if (line.length() > 0 && width(line + word.stripTrailing(), font, size) > (lines.isEmpty() ? first : max)) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                line.append(word);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The shaped width: what the layout engine advances, marks included. */
    static float width(String text, BaseFont font, float size) {
        return text.isEmpty() ? 0 : (float) LayoutProcessor.computeGlyphVector(font, size, text).getLogicalBounds().getWidth();
    }

    private static BaseFont font(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new UncheckedIOException(new IOException("the font " + resource + " is missing from the application", e));
        }
    }
}
