package th.moralorg.registry;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.reference.Provinces;
import th.moralorg.web.PublicAnswers;

/**
 * The public registry for API clients, {@code GET /api/registry} (no credentials): the same
 * search and pages as {@link RegistryPage}, each entry with its organisation's level history.
 */
@RestController
class RegistryController {

    static final String PATH = "/api/registry";

    private final Registry registry;
    private final Provinces provinces;

    RegistryController(Registry registry, Provinces provinces) {
        this.registry = registry;
        this.provinces = provinces;
    }

    @Operation(summary = "ทะเบียนองค์กรคุณธรรมที่ได้รับการรับรอง (สาธารณะ ไม่ต้องเข้าสู่ระบบ)",
            description = "องค์กรที่จังหวัดรับรองระดับแล้ว ปีงบประมาณล่าสุดก่อน หน้าละ 50 รายการ พร้อมระดับในแต่ละปี;"
                    + " หน้าถัดไปส่ง after ตามค่า next ของหน้านี้")
    @Parameters({
        @Parameter(in = ParameterIn.QUERY, name = "name", description = "ส่วนหนึ่งของชื่อองค์กร (อย่างน้อย 2 ตัวอักษร)"),
        @Parameter(in = ParameterIn.QUERY, name = "fiscalYear", description = "ปีงบประมาณ (พ.ศ.)"),
        @Parameter(in = ParameterIn.QUERY, name = "province", description = "รหัสจังหวัด 2 หลัก"),
        @Parameter(in = ParameterIn.QUERY, name = "level", description = "ระดับที่รับรอง 1–3"),
        @Parameter(in = ParameterIn.QUERY, name = "type", description = "ประเภทองค์กร (OrganisationType)"),
        @Parameter(in = ParameterIn.QUERY, name = "after", description = "ค่า next ของหน้าก่อน")})
    @GetMapping(PATH)
    Registry.Page list(HttpServletRequest request, HttpServletResponse response) {
        Registry.Page page = registry.page(RegistrySearch.read(request.getParameterMap(), provinces));
        PublicAnswers.mayBeKept(request, response);
        return page;
    }
}
