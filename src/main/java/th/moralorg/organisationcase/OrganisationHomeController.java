package th.moralorg.organisationcase;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.identity.ApiCaller;

/**
 * The organisation's own home for API clients, {@code GET /api/organisation}: the same reads as the
 * page {@code /organisation} ({@link OrganisationHome}), for the organisations of the caller's
 * groups only; anyone else gets an empty list, as the page shows them none.
 */
@RestController
class OrganisationHomeController {

    private final OrganisationHome home;

    OrganisationHomeController(OrganisationHome home) {
        this.home = home;
    }

    record Home(List<OrganisationHome.Organisation> organisations) {
    }

    @Operation(summary = "หน้าหลักขององค์กร: เรื่องของแต่ละปี งานที่ต้องทำต่อ แบบที่ส่งแล้ว เกียรติบัตร และอีเมลจากสำนักงาน",
            description = "เฉพาะองค์กรที่ผู้เรียกเป็นผู้ประสานงาน (กลุ่ม org-<id>) ผู้อื่นได้รายการว่าง")
    @GetMapping("/api/organisation")
    Home home(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller) {
        return new Home(home.of(caller.groups()));
    }
}
