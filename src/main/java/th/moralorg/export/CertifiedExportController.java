package th.moralorg.export;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Virtue;
import th.moralorg.validation.FieldErrors;
import th.moralorg.web.TableExport;

/**
 * Certified organisations per fiscal year and province (seed 5.2.2(5)) as CSV (UTF-8 with BOM, so
 * Excel shows Thai) or XLSX ({@link TableExport}): a PCO for its own province, DRA for one or all provinces.
 */
@RestController
class CertifiedExportController {

    /** One column of the import file: its heading and how a row fills it (docs/exports.md, the column map). */
    record Column(String heading, int width, Function<CertifiedOrganisations.Row, String> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("เลขที่เรื่อง", 20, CertifiedOrganisations.Row::caseNumber),
            new Column("ชื่อองค์กร", 50, CertifiedOrganisations.Row::organisationName),
            new Column("ประเภทองค์กร", 28, r -> ThaiNames.of(OrganisationType.class, r.orgType())),
            new Column("หน่วยงานต้นสังกัด", 36, r -> blank(r.parentBody())),
            new Column("ที่อยู่", 60, CertifiedOrganisations.Row::address),
            new Column("รหัสจังหวัด", 12, CertifiedOrganisations.Row::provinceCode),
            new Column("จังหวัด", 20, CertifiedOrganisations.Row::provinceName),
            new Column("หัวหน้าองค์กร", 30, CertifiedOrganisations.Row::headName),
            new Column("จำนวนผู้บริหาร (คน)", 16, r -> Integer.toString(r.executiveCount())),
            new Column("จำนวนสมาชิก (คน)", 16, r -> Integer.toString(r.memberCount())),
            new Column("ผู้ประสานงาน", 30, CertifiedOrganisations.Row::coordinatorName),
            new Column("ตำแหน่งผู้ประสานงาน", 24, CertifiedOrganisations.Row::coordinatorPosition),
            new Column("โทรศัพท์ผู้ประสานงาน", 18, CertifiedOrganisations.Row::coordinatorPhone),
            new Column("อีเมลผู้ประสานงาน", 30, CertifiedOrganisations.Row::coordinatorEmail),
            new Column("ปีงบประมาณ (พ.ศ.)", 14, r -> Integer.toString(r.fiscalYear())),
            new Column("คุณธรรมเป้าหมาย", 30, r -> virtues(r.targetVirtues())),
            new Column("ระดับที่รับรอง", 30, r -> ThaiNames.of(Level.class, r.certifiedLevel())),
            new Column("ต้นแบบโดดเด่น", 14, r -> r.outstandingModel() || r.nationalOutstanding() ? "ใช่" : "ไม่ใช่"),
            new Column("วันที่ประชุมคณะอนุกรรมการจังหวัด (พ.ศ.)", 20,
                    r -> r.meetingDate() == null ? "" : ThaiDates.numericDate(r.meetingDate())),
            new Column("ผลระดับชาติ", 24,
                    r -> r.nationalResult() == null ? "รอผล" : ThaiNames.of(NationalResult.class, r.nationalResult())),
            new Column("ระดับที่ได้รับรองในปีก่อน", 40, r -> earlierLevels(r.earlierLevels())),
            new Column("วันที่บันทึกในฐานข้อมูลระดับชาติ (พ.ศ.)", 20,
                    r -> r.recordedOn() == null ? "" : ThaiDates.numericDate(r.recordedOn())),
            new Column("เลขอ้างอิงในฐานข้อมูลระดับชาติ", 24, r -> blank(r.nationalReference())));

    private final CertifiedOrganisations certified;

    CertifiedExportController(CertifiedOrganisations certified) {
        this.certified = certified;
    }

    @GetMapping("/api/exports/certified-organisations.csv")
    ResponseEntity<byte[]> csv(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String provinceCode) {
        int year = year(fiscalYear);
        List<List<String>> rows = rows(caller, year, provinceCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.csv(out, headings())) {
            rows.forEach(table::row);
        }
        return file(out.toByteArray(), TableExport.CSV, name(year, provinceCode, "csv"));
    }

    @GetMapping("/api/exports/certified-organisations.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String provinceCode) {
        int year = year(fiscalYear);
        List<List<String>> rows = rows(caller, year, provinceCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> widths = COLUMNS.stream().map(Column::width).toList();
        try (TableExport table = TableExport.xlsx(out, "องค์กรที่ผ่านการรับรอง " + year, headings(), widths)) {
            rows.forEach(table::row);
        }
        return file(out.toByteArray(), TableExport.XLSX, name(year, provinceCode, "xlsx"));
    }

    private List<List<String>> rows(ApiCaller caller, int year, String provinceCode) {
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
        return certified.find(year, province).stream()
                .map(r -> COLUMNS.stream().map(c -> c.value().apply(r)).toList()).toList();
    }

    private static List<String> headings() {
        return COLUMNS.stream().map(Column::heading).toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** Codes as stored, "SUFFICIENCY,HONESTY", to their Thai names joined by ", ". */
    private static String virtues(String codes) {
        return codes == null || codes.isEmpty() ? ""
                : Arrays.stream(codes.split(",")).map(c -> ThaiNames.of(Virtue.class, c)).collect(Collectors.joining(", "));
    }

    /** "2568:1,2569:2" → "ปีงบประมาณ พ.ศ. 2568: ระดับ 1 …; ปีงบประมาณ พ.ศ. 2569: ระดับ 2 …". */
    private static String earlierLevels(String years) {
        if (years == null || years.isEmpty()) {
            return "";
        }
        return Arrays.stream(years.split(",")).map(y -> y.split(":"))
                .map(y -> new FiscalYear(Integer.parseInt(y[0])).label() + ": " + ThaiNames.of(Level.class, Integer.parseInt(y[1])))
                .collect(Collectors.joining("; "));
    }

    private static int year(String fiscalYear) {
        FieldErrors errors = new FieldErrors();
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        errors.throwIfInvalid();
        return year;
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
