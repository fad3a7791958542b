package th.moralorg.web;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A table people open in Excel, written row by row as it is read: CSV in UTF-8 with a BOM (so
 * Excel shows Thai) or XLSX through POI's streaming workbook (SXSSF, a window of rows in memory,
 * the rest on disk), the first row the header. The exports of certified organisations and of the
 * case list share it.
 */
public final class TableExport implements Closeable {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Rows of an XLSX kept in memory before POI writes them to its temporary file. */
    private static final int WINDOW = 200;

    private final BufferedWriter csv;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final OutputStream out;
    private int rows;

    private TableExport(BufferedWriter csv, SXSSFWorkbook workbook, Sheet sheet, OutputStream out) {
        this.csv = csv;
        this.workbook = workbook;
        this.sheet = sheet;
        this.out = out;
    }

    /** A CSV table on {@code out}, starting with {@code header}. */
    public static TableExport csv(OutputStream out, List<String> header) {
        TableExport table = new TableExport(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), null, null, out);
        table.write("\uFEFF");
        table.row(header);
        return table;
    }

    /** An XLSX table on {@code out}: one sheet, a bold frozen header, column widths in characters. */
    public static TableExport xlsx(OutputStream out, String sheetName, List<String> header, List<Integer> widths) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        Sheet sheet = workbook.createSheet(sheetName);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row first = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            first.createCell(c).setCellValue(header.get(c));
            first.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 256 * widths.get(c));
        }
        sheet.createFreezePane(0, 1);
        TableExport table = new TableExport(null, workbook, sheet, out);
        table.rows = 1;
        return table;
    }

    /** Sets the answer's type and the file's name (a download, not a page). */
    public static void asDownload(HttpServletResponse response, MediaType type, String fileName) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                .toString());
    }

    public void row(List<String> cells) {
        if (csv != null) {
            write(line(cells));
            return;
        }
        Row row = sheet.createRow(rows++);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
        }
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.flush();
            } else {
                workbook.write(out);
                workbook.dispose();
                workbook.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            csv.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            // a leading =, +, - or @ would be a formula in Excel: neutralise it
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            line.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
