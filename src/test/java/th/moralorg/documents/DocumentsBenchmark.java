package th.moralorg.documents;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast {@link OfficialDocument} renders a subcommittee's worth of papers (issue 17 item 5 asks
 * 200 certificates and the agenda in under 10 s): 200 one-page papers as 200 PDFs and as one PDF of
 * 200 pages, each with a title, paragraphs and fields in shaped Thai; and the agenda of a meeting of 200 cases
 * (the preliminary list as a ruled table) as PDF and as Word. Prints figures (docs/benchmarks.md).
 * {@code mvn test -Dtest=DocumentsBenchmark -Dtest.excludedGroups=none}
 */
@Tag("benchmark")
class DocumentsBenchmark {

    static final int PAPERS = 200;

    @Test
    void twoHundredPapers() {
        paper(new OfficialDocument("อุ่นเครื่อง"), 0).pdf();
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 1; i <= PAPERS; i++) {
            bytes += paper(new OfficialDocument("เกียรติบัตร " + i), i).pdf().length;
        }
        double separate = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        OfficialDocument all = new OfficialDocument("เกียรติบัตรทั้งชุด");
        for (int i = 1; i <= PAPERS; i++) {
            paper(i == 1 ? all : all.newPage(), i);
        }
        long one = all.pdf().length;
        double together = (System.nanoTime() - start) / 1e9;
        System.out.printf("DOCUMENTS BENCHMARK: %d papers as %d PDFs in %.2f s (%.0f ms each, %d KiB in all); "
                + "as one PDF of %d pages in %.2f s (%d KiB)%n", PAPERS, PAPERS, separate, separate * 1000 / PAPERS,
                bytes / 1024, PAPERS, together, one / 1024);
    }

    @Test
    void theAgendaOfTwoHundredCases() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= PAPERS; i++) {
            rows.add(List.of(ThaiNumerals.of(i), "โรงเรียนบ้านดอกไม้ที่ " + i + "\n(MO-2570-50-" + String.format("%04d", i) + ")",
                    "ระดับ ๓ องค์กรคุณธรรมต้นแบบ", "87.5", "2 2 1 2 0 2 2 2 1"));
        }
        agenda(new OfficialDocument("อุ่นเครื่อง"), rows);
        long start = System.nanoTime();
        byte[] pdf = agenda(new OfficialDocument("ระเบียบวาระการประชุม"), rows);
        double pdfSeconds = (System.nanoTime() - start) / 1e9;
        agenda(new WordDocument("อุ่นเครื่อง"), rows);
        start = System.nanoTime();
        byte[] docx = agenda(new WordDocument("ระเบียบวาระการประชุม"), rows);
        double docxSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("DOCUMENTS BENCHMARK: the agenda of %d cases as PDF in %.2f s (%d KiB), as Word in %.2f s (%d KiB)%n",
                PAPERS, pdfSeconds, pdf.length / 1024, docxSeconds, docx.length / 1024);
    }

    private static byte[] agenda(OfficialPaper paper, List<List<String>> rows) {
        return paper.title("ระเบียบวาระการประชุมคณะอนุกรรมการส่งเสริมองค์กรคุณธรรมจังหวัดเชียงใหม่")
                .heading("ระเบียบวาระที่ ๓ เรื่องเพื่อพิจารณา")
                .table(List.of("ลำดับ", "องค์กร (เลขที่เรื่อง)", "ระดับที่เสนอ", "คะแนนรวม", "คะแนนรายขั้น"),
                        new float[] {1.3f, 4.6f, 3.2f, 1.6f, 3.3f}, rows)
                .bytes();
    }

    private static OfficialDocument paper(OfficialDocument doc, int i) {
        return doc.title("เกียรติบัตรองค์กรคุณธรรม ฉบับที่ " + ThaiNumerals.of(i))
                .paragraph("สำนักงานวัฒนธรรมจังหวัดเชียงใหม่ ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า")
                .title("โรงเรียนบ้านดอกไม้ที่ " + ThaiNumerals.of(i))
                .paragraph("ผ่านการประเมินเป็นองค์กรคุณธรรมต้นแบบ ระดับที่ ๓ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ "
                        + "ขอให้มุ่งมั่นประพฤติปฏิบัติตามเจตนารมณ์ที่ได้ประกาศไว้ เพื่อเป็นแบบอย่างที่ดีแก่องค์กรอื่นสืบไป")
                .field("ให้ไว้ ณ วันที่", "๒ ธันวาคม พ.ศ. ๒๕๖๙")
                .field("ผู้ลงนาม", "นายใจดี มีสุข ผู้ว่าราชการจังหวัดเชียงใหม่ ประธานคณะอนุกรรมการส่งเสริมคุณธรรมจังหวัด");
    }
}
