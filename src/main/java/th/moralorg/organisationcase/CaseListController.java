package th.moralorg.organisationcase;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.reference.Provinces;
import th.moralorg.web.TableExport;

/**
 * The case list for API clients, {@code GET /api/cases}, and the export of the current list as
 * CSV or XLSX (the page /cases links to them with its own parameters): the query of
 * {@link CaseList}, the access of {@link CaseSearch} (a PCO its own provinces; DRA, managers and
 * administrators any or all).
 */
@RestController
class CaseListController {

    static final List<String> HEADER = List.of("เลขที่เรื่อง", "ชื่อองค์กร", "รหัสจังหวัด", "จังหวัด", "ปีงบประมาณ",
            "สถานะ", "ระดับที่เสนอ", "ระดับที่รับรอง", "ขั้นตอนปัจจุบัน", "รอใคร", "ตั้งแต่", "กำหนด", "เกินกำหนด");
    private static final List<Integer> WIDTHS = List.of(18, 50, 10, 20, 12, 34, 30, 30, 40, 28, 22, 22, 10);

    private final CaseList list;
    private final CaseStages stages;
    private final Provinces provinces;
    private final ZoneId zone;

    CaseListController(CaseList list, CaseStages stages, Provinces provinces, Clock clock) {
        this.list = list;
        this.stages = stages;
        this.provinces = provinces;
        this.zone = clock.getZone();
    }

    @Operation(summary = "รายการเรื่องขององค์กร ค้นหา กรอง เรียง และแบ่งหน้า พร้อมจำนวนเรื่องต่อสถานะ",
            description = "เจ้าหน้าที่ สวจ. เห็นเฉพาะจังหวัดของตน (ระบุจังหวัดอื่นได้ 403) กรมการศาสนา ผู้บริหาร และผู้ดูแลระบบ"
                    + " เลือกได้หนึ่งจังหวัดหรือทุกจังหวัด แบ่งหน้าแบบ offset ได้ถึงเรื่องที่ 10,000 (size 1–100, ค่าเริ่มต้น 25)"
                    + " countsByStatus นับตามตัวกรองทั้งหมดยกเว้นสถานะ ข้อมูลที่ไม่ถูกต้องได้ 400 พร้อมข้อความภาษาไทยต่อพารามิเตอร์"
                    + " /api/exports/cases.csv และ .xlsx รับพารามิเตอร์เดียวกัน (ไม่เกิน 50,000 เรื่อง)")
    @Parameters({
        @Parameter(in = ParameterIn.QUERY, name = "name", description = "ส่วนหนึ่งของชื่อองค์กร (อย่างน้อย 2 ตัวอักษร)"),
        @Parameter(in = ParameterIn.QUERY, name = "caseNumber", description = "เลขที่เรื่องเต็ม หรือส่วนต้น เช่น MO-2569-50"),
        @Parameter(in = ParameterIn.QUERY, name = "status", description = "สถานะ (CaseStatus) ระบุซ้ำได้"),
        @Parameter(in = ParameterIn.QUERY, name = "stage",
                description = "รหัสขั้นตอนในแบบจำลอง (ขั้นตอนที่รอ หรือจุดสิ้นสุด) เช่น awaitProvincialDecision"),
        @Parameter(in = ParameterIn.QUERY, name = "proposedLevel", description = "ระดับที่เสนอ 0–3"),
        @Parameter(in = ParameterIn.QUERY, name = "certifiedLevel", description = "ระดับที่รับรอง 1–3"),
        @Parameter(in = ParameterIn.QUERY, name = "fiscalYear", description = "ปีงบประมาณ (พ.ศ.)"),
        @Parameter(in = ParameterIn.QUERY, name = "waitingOn", description = "ผู้ที่เรื่องรออยู่ (WaitingOn)"),
        @Parameter(in = ParameterIn.QUERY, name = "overdue", description = "true: เฉพาะเรื่องที่เกินกำหนดแล้ว"),
        @Parameter(in = ParameterIn.QUERY, name = "outstandingModel", description = "true: เฉพาะองค์กรที่จังหวัดรับรองเป็นต้นแบบโดดเด่น"),
        @Parameter(in = ParameterIn.QUERY, name = "waitingDaysFrom",
                description = "เฉพาะเรื่องที่ยังไม่ปิดและอยู่ในขั้นตอนปัจจุบันมาแล้วอย่างน้อยกี่วัน"),
        @Parameter(in = ParameterIn.QUERY, name = "waitingDaysTo",
                description = "เฉพาะเรื่องที่ยังไม่ปิดและอยู่ในขั้นตอนปัจจุบันมาแล้วน้อยกว่ากี่วัน"),
        @Parameter(in = ParameterIn.QUERY, name = "province", description = "รหัสจังหวัด 2 หลัก; ไม่ระบุ: ทุกจังหวัดที่ดูได้"),
        @Parameter(in = ParameterIn.QUERY, name = "sort",
                description = "newest (ค่าเริ่มต้น), caseNumber, organisation, waitingLongest, dueSoonest"),
        @Parameter(in = ParameterIn.QUERY, name = "page", description = "หน้าที่ เริ่มที่ 1"),
        @Parameter(in = ParameterIn.QUERY, name = "size", description = "จำนวนเรื่องต่อหน้า 1–100")})
    @GetMapping("/api/cases")
    CaseList.Page list(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, HttpServletRequest request) {
        return list.page(CaseSearch.read(request.getParameterMap(), caller, stages, provinces));
    }

    @Operation(summary = "ส่งออกรายการเรื่องตามตัวกรองปัจจุบันเป็น CSV (UTF-8 มี BOM สำหรับ Excel)")
    @GetMapping("/api/exports/cases.csv")
    void csv(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        CaseSearch search = exportable(caller, request);
        TableExport.asDownload(response, TableExport.CSV, fileName(search, "csv"));
        try (TableExport table = TableExport.csv(response.getOutputStream(), HEADER)) {
            list.export(search, row -> table.row(cells(row)));
        }
    }

    @Operation(summary = "ส่งออกรายการเรื่องตามตัวกรองปัจจุบันเป็น Excel (XLSX)")
    @GetMapping("/api/exports/cases.xlsx")
    void xlsx(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        CaseSearch search = exportable(caller, request);
        TableExport.asDownload(response, TableExport.XLSX, fileName(search, "xlsx"));
        try (TableExport table = TableExport.xlsx(response.getOutputStream(), "รายการเรื่อง", HEADER, WIDTHS)) {
            list.export(search, row -> table.row(cells(row)));
        }
    }

    /** The search, refused (400) when it finds more than an export holds, so no file is silently cut short. */
    private CaseSearch exportable(ApiCaller caller, HttpServletRequest request) {
        CaseSearch search = CaseSearch.read(request.getParameterMap(), caller, stages, provinces);
        long found = list.count(search);
        if (found > CaseList.EXPORT_CAP) {
            throw ApiProblem.invalid(Map.of("export", "พบ " + found + " เรื่อง ส่งออกได้ครั้งละไม่เกิน "
                    + CaseList.EXPORT_CAP + " เรื่อง กรุณากรองให้แคบลง เช่น ระบุจังหวัดหรือปีงบประมาณ"));
        }
        return search;
    }

    private List<String> cells(CaseList.Row r) {
        return java.util.Arrays.asList(r.caseNumber(), r.organisationName(), r.provinceCode(), r.provinceName(),
                Integer.toString(r.fiscalYear()), r.statusName(), r.proposedLevelName(), r.certifiedLevelName(),
                r.stageName(), r.waitingOnName(), CasePosition.date(r.stageSince(), zone),
                CasePosition.date(r.dueAt(), zone), r.overdue() ? "เกินกำหนด" : "");
    }

    private static String fileName(CaseSearch search, String extension) {
        return "cases" + (search.province() == null ? "" : "-" + search.province())
                + (search.fiscalYear() == null ? "" : "-" + search.fiscalYear()) + "." + extension;
    }
}
