package th.moralorg.organisationcase;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;

/**
 * A coordinator chooses their password through the one-time link sent on acceptance
 * ({@link CoordinatorPasswords}; the page is {@link SetPasswordPage}). The link works once and expires.
 */
@RestController
class AccountController {

    private final CoordinatorPasswords passwords;

    AccountController(CoordinatorPasswords passwords) {
        this.passwords = passwords;
    }

    @PostMapping("/api/accounts/set-password")
    ResponseEntity<Map<String, Object>> setPassword(@RequestBody Map<String, Object> body) {
        CoordinatorPasswords.Outcome outcome = passwords.choose(body);
        if (outcome instanceof CoordinatorPasswords.Outcome.Chosen chosen) {
            return ResponseEntity.ok(Map.of("userId", chosen.userId(),
                    "message", "ตั้งรหัสผ่านแล้ว เข้าสู่ระบบด้วยชื่อผู้ใช้ " + chosen.userId()));
        }
        if (outcome instanceof CoordinatorPasswords.Outcome.Invalid invalid) {
            throw new ApiProblem(400, "กรุณาแก้ไขตามที่แจ้ง", invalid.errors());
        }
        throw ApiProblem.gone(CoordinatorPasswords.LINK_GONE);
    }
}
