package th.moralorg.organisationcase;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.identity.OrganisationAccess;

/**
 * A coordinator chooses their password through the one-time link sent on acceptance (public:
 * they cannot sign in yet): the rules of the API and of the page /set-password alike. One
 * transaction: a refused password uses no link.
 */
@Service
class CoordinatorPasswords {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final String LINK_GONE =
            "ลิงก์นี้ใช้ไม่ได้แล้ว (ใช้ไปแล้วหรือหมดอายุ) กรุณาติดต่อสำนักงานวัฒนธรรมจังหวัดเพื่อขอลิงก์ใหม่";

    sealed interface Outcome {
        record Chosen(String userId) implements Outcome {
        }

        record Invalid(Map<String, String> errors) implements Outcome {
        }

        record Gone() implements Outcome {
        }
    }

    private final OneTimeLinks links;
    private final OrganisationAccess access;
    private final IdentityService identity;

    CoordinatorPasswords(OneTimeLinks links, OrganisationAccess access, IdentityService identity) {
        this.links = links;
        this.access = access;
        this.identity = identity;
    }

    /** Whether the link still opens the form; it stays unused. */
    boolean isOpen(String token) {
        return links.peek(OneTimeLinks.Purpose.SET_PASSWORD, token).isPresent();
    }

    /** Takes {@code token} and {@code password} as the form or the JSON sent them. */
    @Transactional
    Outcome choose(Map<String, ?> input) {
        FormFields f = new FormFields(input);
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
            return new Outcome.Invalid(f.errors());
        }
        return links.redeem(OneTimeLinks.Purpose.SET_PASSWORD, token)
                .<Outcome>map(link -> {
                    access.setPassword(link.userId(), password);
                    return new Outcome.Chosen(link.userId());
                })
                .orElseGet(Outcome.Gone::new);
    }
}
