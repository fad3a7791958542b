package th.moralorg.organisationcase;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.OrganisationAccess;

/**
 * A coordinator chooses their password through the one-time link sent on acceptance
 * (public: they cannot log in yet). The link works once and expires.
 */
@RestController
class AccountController {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final OneTimeLinks links;
    private final OrganisationAccess access;
    private final IdentityService identity;

    AccountController(OneTimeLinks links, OrganisationAccess access, IdentityService identity) {
        this.links = links;
        this.access = access;
        this.identity = identity;
    }

    @PostMapping("/api/accounts/set-password")
    @Transactional
    ResponseEntity<Map<String, Object>> setPassword(@RequestBody Map<String, Object> body) {
        FormFields f = new FormFields(body);
        String token = f.text("token", "รหัสลิงก์", 100);
        String password = f.text("password", "รหัสผ่าน", 128);
        if (password != null && (password.length() < MIN_PASSWORD_LENGTH || !password.matches(".*\\d.*")
                || !password.matches(".*\\p{L}.*"))) {
            f.error("password", "รหัสผ่านต้องยาวอย่างน้อย " + MIN_PASSWORD_LENGTH + " ตัวอักษร และมีทั้งตัวอักษรและตัวเลข");
        }
        if (password != null && identity.getPasswordPolicy() != null
                && !identity.checkPasswordAgainstPolicy(password).isValid()) {
            // production's policy (enable-password-policy): Camunda's rules, which Thai letters alone do not meet
            f.error("password", "รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร มีตัวอักษรภาษาอังกฤษพิมพ์ใหญ่และพิมพ์เล็ก"
                    + " ตัวเลข และอักขระพิเศษ (เช่น ! หรือ #) อย่างละ 1 ตัว");
        }
        if (!f.valid()) {
            throw new ApiProblem(400, "กรุณาแก้ไขตามที่แจ้ง", f.errors());
        }
        return links.redeem(OneTimeLinks.Purpose.SET_PASSWORD, token)
                .<ResponseEntity<Map<String, Object>>>map(link -> {
                    access.setPassword(link.userId(), password);
                    return ResponseEntity.ok(Map.of("userId", link.userId(),
                            "message", "ตั้งรหัสผ่านแล้ว เข้าสู่ระบบด้วยชื่อผู้ใช้ " + link.userId()));
                })
                .orElseThrow(() -> ApiProblem.gone(
                        "ลิงก์นี้ใช้ไม่ได้แล้ว (ใช้ไปแล้วหรือหมดอายุ) กรุณาติดต่อสำนักงานวัฒนธรรมจังหวัดเพื่อขอลิงก์ใหม่"));
    }
}
