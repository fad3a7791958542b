package th.moralorg.export;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

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
import th.moralorg.web.TableExport;

/**
 * Certified organisations per fiscal year and province (seed 5.2.2(5)) as CSV (UTF-8 with BOM, so
 * Excel shows Thai) or XLSX ({@link TableExport}): a PCO for its own province, DRA for one or all provinces.
 */
@RestController
class CertifiedExportController {

    static final String[] HEADER = {"เลขที่เรื่อง", "ชื่อองค์กร", "ประเภทองค์กร", "รหัสจังหวัด", "จังหวัด",
        "ระดับที่รับรอง", "ต้นแบบโดดเด่น", "วันที่ประชุมคณะอนุกรรมการจังหวัด", "ผลระดับชาติ"};

    private final CertifiedOrganisations certified;

    CertifiedExportController(CertifiedOrganisations certified) {
        this.certified = certified;
    }

    @GetMapping("/api/exports/certified-organisations.csv")
    ResponseEntity<byte[]> csv(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String provinceCode) {
        int year = year(fiscalYear);
        List<String[]> rows = rows(caller, year, provinceCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.csv(out, List.of(HEADER))) {
            rows.forEach(row -> table.row(List.of(row)));
        }
        return file(out.toByteArray(), TableExport.CSV, name(year, provinceCode, "csv"));
    }

    @GetMapping("/api/exports/certified-organisations.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String provinceCode) {
        int year = year(fiscalYear);
        List<String[]> rows = rows(caller, year, provinceCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> widths = java.util.stream.IntStream.range(0, HEADER.length).mapToObj(c -> c == 1 ? 50 : 24).toList();
        try (TableExport table = TableExport.xlsx(out, "องค์กรที่ผ่านการรับรอง " + year, List.of(HEADER), widths)) {
            rows.forEach(row -> table.row(List.of(row)));
        }
        return file(out.toByteArray(), TableExport.XLSX, name(year, provinceCode, "xlsx"));
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
