package th.moralorg.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The same paper as {@link OfficialDocument}, as a Word file (.docx) the office finishes, rewords
 * and files (issue 17): A4 with the official margins, every run in TH Sarabun New (the face Thai
 * government machines have, set for Latin, Thai (complex script) and East Asian text alike, and as
 * the file's default so what the secretary types matches) at the official 16 pt, page numbers
 * "- ๒ -" from the second page. Not thread-safe; one per document.
 */
public final class WordDocument implements OfficialPaper {

    /** The face Word shows; Sarabun's PDF sizes are scaled to it (Sarabun 14 pt reads as TH Sarabun New 16 pt). */
    public static final String FONT = "TH Sarabun New";
    static final float SCALE = 16f / OfficialDocument.BODY;
    private static final int TWIPS_PER_CM = 567;
    /** A4 less the margins of official letters (3 cm left, 2 cm right). */
    private static final int WIDTH = 11906 - 3 * TWIPS_PER_CM - 2 * TWIPS_PER_CM;

    private final XWPFDocument doc = new XWPFDocument();
    private boolean breakBefore;

    public WordDocument(String title) {
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("ระบบส่งเสริมองค์กรคุณธรรม");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
        pageNumbers();
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(cm(2.5f));
        margins.setLeft(cm(3f));
        margins.setRight(cm(2f));
        margins.setBottom(cm(2f));
        margins.setHeader(cm(1.2f));
        margins.setFooter(cm(1f));
        margins.setGutter(BigInteger.ZERO); // required by the schema
    }

    @Override
    public WordDocument title(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        run(p, text, OfficialDocument.TITLE, true);
        return gap();
    }

    @Override
    public WordDocument heading(String text) {
        run(paragraph(ParagraphAlignment.LEFT), text, 16f, true);
        return this;
    }

    @Override
    public WordDocument paragraph(String text) {
        for (String line : text.split("\n", -1)) {
            run(paragraph(ParagraphAlignment.LEFT), line, OfficialDocument.BODY, false);
        }
        return this;
    }

    @Override
    public WordDocument indented(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.THAI_DISTRIBUTE);
        p.setIndentationFirstLine(cm(2.5f).intValue());
        run(p, text, OfficialDocument.BODY, false);
        return this;
    }

    @Override
    public WordDocument labelled(String label, String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        int at = Math.round(OfficialDocument.labelWidth(label) * 20);
        p.setIndentationLeft(at);
        p.setIndentationHanging(at);
        run(p, label + "\t" + text, OfficialDocument.BODY, false);
        return this;
    }

    @Override
    public WordDocument centred(String text, float points, boolean bold) {
        for (String line : text.split("\n", -1)) {
            run(paragraph(ParagraphAlignment.CENTER), line, points, bold);
        }
        return this;
    }

    @Override
    public WordDocument right(String text) {
        run(paragraph(ParagraphAlignment.RIGHT), text, OfficialDocument.BODY, false);
        return this;
    }

    @Override
    public WordDocument emblem(Emblem emblem, float heightCm) {
        double height = heightCm * OfficialDocument.CM;
        XWPFRun run = paragraph(ParagraphAlignment.CENTER).createRun();
        try {
            run.addPicture(new ByteArrayInputStream(emblem.content()),
                    emblem.isPng() ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, "emblem",
                    Units.toEMU(emblem.widthFor((float) height)), Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    @Override
    public WordDocument letterHead(String reference, List<String> office, String date) {
        int officeAt = Math.round(WIDTH * OfficialDocument.OFFICE_AT);
        for (int i = 0; i < office.size(); i++) {
            XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
            if (i == 0) {
                // the number at the margin, the office's first line at a tab stop
                CTTabStop tab = p.getCTP().getPPr().addNewTabs().addNewTab();
                tab.setVal(STTabJc.LEFT);
                tab.setPos(BigInteger.valueOf(officeAt));
                run(p, reference + "\t" + office.get(0), OfficialDocument.BODY, false);
            } else {
                p.setIndentationLeft(officeAt);
                run(p, office.get(i), OfficialDocument.BODY, false);
            }
        }
        XWPFParagraph day = paragraph(ParagraphAlignment.LEFT);
        day.setIndentationLeft(Math.round(WIDTH * OfficialDocument.DATE_AT));
        run(day, date, OfficialDocument.BODY, false);
        return gap();
    }

    @Override
    public WordDocument signature(List<String> lines) {
        // centred between this indent and the right margin: the same axis as the PDF's
        int indent = Math.round(WIDTH * (2 * OfficialDocument.SIGNATURE_AXIS - 1));
        for (String line : lines) {
            XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
            p.setIndentationLeft(indent);
            p.setKeepNext(true);
            run(p, line, OfficialDocument.BODY, false);
        }
        return this;
    }

    @Override
    public WordDocument table(List<String> headers, float[] widths, List<List<String>> rows) {
        if (breakBefore) {
            paragraph(ParagraphAlignment.LEFT); // the page break goes on a paragraph, before the table
        }
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setWidth(WIDTH);
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(single, 4, 0, "000000");
        table.setBottomBorder(single, 4, 0, "000000");
        table.setLeftBorder(single, 4, 0, "000000");
        table.setRightBorder(single, 4, 0, "000000");
        table.setInsideHBorder(single, 4, 0, "000000");
        table.setInsideVBorder(single, 4, 0, "000000");
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        // the columns' grid, which the schema requires and POI does not write
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (float w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(WIDTH * w / total)));
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r <= rows.size(); r++) {
            List<String> cells = r == 0 ? headers : rows.get(r - 1);
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(Math.round(WIDTH * widths[c] / total)));
                XWPFParagraph p = cell.getParagraphs().get(0);
                String[] lines = cells.get(c).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        p = cell.addParagraph();
                    }
                    run(p, lines[i], OfficialDocument.TABLE, r == 0);
                }
            }
        }
        return gap();
    }

    @Override
    public WordDocument gap() {
        run(paragraph(ParagraphAlignment.LEFT), "", OfficialDocument.BODY / 2, false);
        return this;
    }

    @Override
    public WordDocument newPage() {
        breakBefore = true;
        return this;
    }

    @Override
    public byte[] bytes() {
        try (doc) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        if (breakBefore) {
            p.setPageBreak(true);
            breakBefore = false;
        }
        return p;
    }

    /** Runs in TH Sarabun New for every script, at the PDF's size scaled, bold for Thai too (bCs); "\t" a tab, "\n" a line break. */
    private static void run(XWPFParagraph p, String text, float points, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String[] parts = lines[l].split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                XWPFRun run = styled(p.createRun(), points, bold);
                if (l > 0 && i == 0) {
                    run.addBreak();
                }
                if (i > 0) {
                    run.addTab();
                }
                run.setText(parts[i]);
            }
        }
    }

    private static XWPFRun styled(XWPFRun run, float points, boolean bold) {
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(FONT, range);
        }
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * SCALE * 2));
        CTRPr properties = run.getCTR().getRPr();
        // in the schema's order: fonts, bold, size, language
        if (bold) {
            properties.addNewB();
            properties.addNewBCs();
        }
        properties.addNewSz().setVal(halfPoints);
        properties.addNewSzCs().setVal(halfPoints);
        properties.addNewLang().setBidi("th-TH");
        return run;
    }

    /** "- ๒ -" at the top centre from the second page (a first-page header, empty): Word's PAGE field in Thai digits. */
    private void pageNumbers() {
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "- ", OfficialDocument.BODY, false);
        styled(p.createRun(), OfficialDocument.BODY, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        styled(p.createRun(), OfficialDocument.BODY, false).getCTR().addNewInstrText().setStringValue(" PAGE \\* ThaiArabic ");
        styled(p.createRun(), OfficialDocument.BODY, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " -", OfficialDocument.BODY, false);
    }

    private static BigInteger cm(float cm) {
        return BigInteger.valueOf(Math.round(cm * TWIPS_PER_CM));
    }
}
