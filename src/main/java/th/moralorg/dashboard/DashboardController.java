package th.moralorg.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.web.TableExport;

/**
 * The dashboard's figures for API clients and the page's charts, {@code GET /api/dashboard}, and
 * each of its tables as XLSX, {@code GET /api/exports/dashboard-<table>.xlsx}, with the access of
 * {@link Dashboard#read}.
 */
@RestController
class DashboardController {

    /** The page's tables, as the exports name them. */
    static final List<String> TABLES = List.of("summary", "provinces", "stages", "waiting", "notices", "certification",
            "months");

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(summary = "ภาพรวมโครงการ: ตัวเลขของปีงบประมาณเทียบกับปีก่อน รายจังหวัด ตามขั้นตอน และเรื่องที่รออยู่",
            description = "เจ้าหน้าที่ สวจ. เห็นเฉพาะจังหวัดของตน (ระบุจังหวัดอื่นได้ 403) กรมการศาสนา ผู้บริหาร และผู้ดูแลระบบ"
                    + " เห็นทุกจังหวัดหรือเลือกหนึ่งจังหวัด ตัวเลขทุกตัวมี href ไปยังรายการเรื่อง /cases ที่กรองตรงกับเรื่องที่นับ")
    @Parameters({
        @Parameter(in = ParameterIn.QUERY, name = "fiscalYear", description = "ปีงบประมาณ (พ.ศ.) ค่าเริ่มต้น: ปีปัจจุบัน"),
        @Parameter(in = ParameterIn.QUERY, name = "province", description = "รหัสจังหวัด 2 หลัก; ไม่ระบุ: ทุกจังหวัดที่ดูได้"),
        @Parameter(in = ParameterIn.QUERY, name = "map", description = "ตัวเลขที่ใช้ระบายสีแผนที่ เช่น REGISTERED, OVERDUE")})
    @GetMapping("/api/dashboard")
    Dashboard.View figures(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, HttpServletRequest request) {
        return dashboard.view(dashboard.read(request.getParameterMap(), caller));
    }

    @Operation(summary = "ส่งออกตารางหนึ่งของภาพรวมโครงการเป็น Excel (XLSX): summary, provinces, stages, waiting, notices,"
            + " certification หรือ months")
    @GetMapping("/api/exports/dashboard-{table}.xlsx")
    void xlsx(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable String table,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TABLES.contains(table)) {
            throw ApiProblem.notFound("ไม่มีตาราง " + table + " ในภาพรวมโครงการ");
        }
        Dashboard.Request asked = dashboard.read(request.getParameterMap(), caller);
        Dashboard.View view = dashboard.view(asked);
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        String sheet;
        switch (table) {
            case "summary" -> {
                sheet = "ภาพรวม";
                header.addAll(List.of("ตัวเลข", view.fiscalYearLabel(), view.previousYearLabel(), "เปลี่ยนแปลง"));
                view.summary().forEach(l -> rows.add(List.of(l.label(), n(l.current()), n(l.previous()),
                        Long.toString(l.change()))));
            }
            case "provinces" -> {
                sheet = "รายจังหวัด";
                header.addAll(List.of("รหัสจังหวัด", "จังหวัด"));
                view.provinceColumns().forEach(c -> header.add(c.label()));
                header.add("ลงทะเบียน " + view.previousYearLabel());
                view.provinces().forEach(p -> {
                    List<String> row = new ArrayList<>(List.of(p.code(), p.name()));
                    p.figures().forEach(f -> row.add(n(f)));
                    row.add(n(p.previousRegistered()));
                    rows.add(row);
                });
            }
            case "stages" -> {
                sheet = "ตามขั้นตอน";
                header.addAll(List.of("รหัสขั้นตอน", "ขั้นตอน", view.fiscalYearLabel(), view.previousYearLabel()));
                view.stages().forEach(s -> rows.add(List.of(s.stage(), s.name(), n(s.current()), n(s.previous()))));
            }
            case "notices" -> {
                sheet = "การเตือนและแจ้งเกินกำหนด";
                header.addAll(List.of("อีเมล", view.fiscalYearLabel(), view.previousYearLabel()));
                view.notices().forEach(l -> rows.add(List.of(l.label(), n(l.current()), n(l.previous()))));
            }
            case "certification" -> {
                sheet = "ระยะเวลาถึงการรับรอง";
                header.addAll(List.of("ปีงบประมาณ", "จำนวนเรื่องที่จังหวัดรับรอง", "มัธยฐาน (วัน)", "ค่าเฉลี่ย (วัน)"));
                view.toCertification().forEach(t -> rows.add(List.of(t.fiscalYearLabel(), Long.toString(t.cases()),
                        t.medianDays(), t.meanDays())));
            }
            case "months" -> {
                sheet = "รายเดือน";
                header.add("เดือน");
                view.monthColumns().forEach(c -> header.add(c.label()));
                view.months().forEach(m -> {
                    List<String> row = new ArrayList<>(List.of(m.month()));
                    m.counts().forEach(c -> row.add(Long.toString(c)));
                    rows.add(row);
                });
            }
            default -> {
                sheet = "เรื่องที่รออยู่";
                header.addAll(List.of("รอใคร", "ยังไม่ปิด", "เกินกำหนด"));
                view.ageingColumns().forEach(c -> header.add("อยู่ในขั้นตอนปัจจุบัน " + c.label()));
                view.waiting().forEach(w -> {
                    List<String> row = new ArrayList<>(List.of(w.name(), n(w.cases()), n(w.overdue())));
                    w.ageing().forEach(f -> row.add(n(f)));
                    rows.add(row);
                });
            }
        }
        List<Integer> widths = header.stream().map(h -> Math.max(12, Math.min(40, h.length() + 4))).toList();
        String fileName = "dashboard-" + table + "-" + asked.fiscalYear()
                + (asked.province() == null ? "" : "-" + asked.province()) + ".xlsx";
        TableExport.asDownload(response, TableExport.XLSX, fileName);
        try (TableExport out = TableExport.xlsx(response.getOutputStream(), sheet, header, widths)) {
            rows.forEach(out::row);
        }
    }

    private static String n(Dashboard.Figure figure) {
        return Long.toString(figure.count());
    }
}
