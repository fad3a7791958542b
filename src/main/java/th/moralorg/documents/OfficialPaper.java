package th.moralorg.documents;

import java.util.List;

/**
 * What an official paper is built of, top to bottom, whatever it is written as: the PDF to sign
 * ({@link OfficialDocument}) or the Word file the office finishes by hand ({@link WordDocument}).
 * A paper written once against this comes out the same in both (docs/architecture.md, Documents).
 * Sizes are in points of Sarabun (the PDF's face); Word writes them larger for TH Sarabun New.
 */
public interface OfficialPaper {

    /** The paper's title: bold, larger, centred. */
    OfficialPaper title(String text);

    /** A bold line (an agenda item's heading). */
    OfficialPaper heading(String text);

    OfficialPaper paragraph(String text);

    /** A paragraph whose first line is indented 2.5 cm, as an official letter's body is. */
    OfficialPaper indented(String text);

    /** "เรื่อง", "เรียน", "สิ่งที่ส่งมาด้วย": the label, then the text, its further lines under the text. */
    OfficialPaper labelled(String label, String text);

    /** Centred lines in {@code points}, bold or not. */
    OfficialPaper centred(String text, float points, boolean bold);

    /** A line against the right margin. */
    OfficialPaper right(String text);

    /** The emblem centred, {@code heightCm} high (a letter's ตราครุฑ is 3 cm), and room under it. */
    OfficialPaper emblem(Emblem emblem, float heightCm);

    /**
     * The head of an official letter: its number ("ที่ …") at the left margin, the office's lines
     * from the middle of the right half, then the date from the page's middle.
     */
    OfficialPaper letterHead(String reference, List<String> office, String date);

    /** Lines centred on the right half (the closing, the space to sign, the signer's name and position). */
    OfficialPaper signature(List<String> lines);

    /**
     * An official letter's close: "ขอแสดงความนับถือ", room to sign, dots for the signer's name,
     * then the signer's position lines.
     */
    default OfficialPaper closing(List<String> position) {
        List<String> lines = new java.util.ArrayList<>(List.of("ขอแสดงความนับถือ", "", "", "(" + DOTS + ")"));
        lines.addAll(position);
        return signature(lines).gap();
    }

    /** The office's contact lines at the foot of its letter; the telephone is filled in by hand [INF: not stored]. */
    default OfficialPaper contact(String office) {
        return paragraph(office + "\nโทร. ........................................");
    }

    /** A letter's ตราครุฑ is 3 cm high (the regulations on official correspondence, ระเบียบงานสารบรรณ). */
    float LETTER_EMBLEM_CM = 3f;

    /** What the office fills in by hand: a name, a time, a place not yet set. */
    String DOTS = "..................................................";

    /**
     * A table with ruled cells: {@code headers} bold (repeated on each page), {@code widths} the
     * columns' shares of the text width, each row's cells wrapped in their column.
     */
    OfficialPaper table(List<String> headers, float[] widths, List<List<String>> rows);

    /** Half a line of space. */
    OfficialPaper gap();

    /** What follows starts on a new page. */
    OfficialPaper newPage();

    /** The paper, finished. */
    byte[] bytes();
}
