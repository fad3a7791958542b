package th.moralorg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Level;
import th.moralorg.reference.NationalResult;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FieldErrors;

/**
 * Certified organisations per fiscal year and province (seed 5.2.2(5)) as CSV (UTF-8 with BOM, so
 * Excel shows Thai) or XLSX: a PCO for its own province, DRA for one or all provinces.
 */
@RestController
class CertifiedExportController {

    static final String[] HEADER = {"เลขที่เรื่อง", "ชื่อองค์กร", "ประเภทองค์กร", "รหัสจังหวัด", "จังหวัด",
        "ระดับที่รับรอง", "ต้นแบบโดดเด่น", "วันที่ประชุมคณะอนุกรรมการจังหวัด", "ผลระดับชาติ"};
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CertifiedOrganisations certified;

    CertifiedExportController(CertifiedOrganisations certified) {
        this.certified = certified;
    }

    @GetMapping("/api/exports/certified-organisations.csv")
    ResponseEntity<byte[]> csv(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String provinceCode) {
        int year = year(fiscalYear);
        StringBuilder out = new StringBuilder("\uFEFF").append(line(List.of(HEADER)));
        for (String[] row : rows(caller, year, provinceCode)) {
            out.append(line(List.of(row)));
        }
        return file(out.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                name(year, provinceCode, "csv"));
    }

    @GetMapping("/api/exports/certified-organisations.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String provinceCode) {
        int year = year(fiscalYear);
        List<String[]> rows = rows(caller, year, provinceCode);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("องค์กรที่ผ่านการรับรอง " + year);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADER.length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < HEADER.length; c++) {
                sheet.setColumnWidth(c, 256 * (c == 1 ? 50 : 24));
            }
            workbook.write(out);
            return file(out.toByteArray(), XLSX, name(year, provinceCode, "xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String[]> rows(ApiCaller caller, int year, String provinceCode) {
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode;
        if (province == null && !caller.isDra()) {
            if (caller.provinces().size() != 1) {
                throw ApiProblem.invalid(Map.of("provinceCode", "กรุณาระบุรหัสจังหวัด"));
            }
            province = caller.provinces().iterator().next();
        }
        if (province != null && !province.matches("\\d{2}")) {
            throw ApiProblem.invalid(Map.of("provinceCode", "รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก"));
        }
        if (province != null) {
            caller.requireProvince(province);
        }
        return certified.find(year, province).stream().map(r -> new String[] {
            r.caseNumber(), r.organisationName(), ThaiNames.of(OrganisationType.class, r.orgType()), r.provinceCode(),
            r.provinceName(), ThaiNames.of(Level.class, r.certifiedLevel()),
            r.outstandingModel() || r.nationalOutstanding() ? "ใช่" : "",
            r.meetingDate() == null ? "" : r.meetingDate().toString(),
            r.nationalResult() == null ? "รอผล" : ThaiNames.of(NationalResult.class, r.nationalResult())}).toList();
    }

    private static int year(String fiscalYear) {
        FieldErrors errors = new FieldErrors();
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        errors.throwIfInvalid();
        return year;
    }

    private static String line(List<String> cells) {
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

    private static String name(int year, String provinceCode, String extension) {
        return "certified-organisations-" + year + (provinceCode == null || provinceCode.isBlank() ? "" : "-" + provinceCode)
                + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
