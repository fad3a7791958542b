package th.moralorg.organisationcase;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The page behind the set-password link of the acceptance mail ({@code /set-password?token=…},
 * public): the coordinator types the password twice, {@link CoordinatorPasswords} checks it as
 * for the API. A link used or expired shows why, with status 410.
 */
@PageController
class SetPasswordPage {

    static final String PATH = "/set-password";
    private static final String TEMPLATE = "organisationcase/set-password";

    private final CoordinatorPasswords passwords;

    SetPasswordPage(CoordinatorPasswords passwords) {
        this.passwords = passwords;
    }

    /** Links mailed before carry the token after "#", which the redirect keeps (js/one-time-link.js). */
    @GetMapping("/set-password.html")
    ResponseEntity<Void> old(HttpServletRequest request) {
        return Redirects.moved(request, PATH);
    }

    @GetMapping(PATH)
    ModelAndView form(@RequestParam(name = "token", required = false) String token, Model model) {
        if (model.containsAttribute("notice") || token == null) {
            return new ModelAndView(TEMPLATE);
        }
        if (!passwords.isOpen(token)) {
            return gone();
        }
        return form(token, Map.of(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView choose(@RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "again", required = false) String again, RedirectAttributes redirect) {
        CoordinatorPasswords.Outcome outcome = password != null && !password.equals(again)
                ? new CoordinatorPasswords.Outcome.Invalid(Map.of("again", "รหัสผ่านทั้งสองช่องไม่ตรงกัน"))
                : passwords.choose(withToken(token, password));
        if (outcome instanceof CoordinatorPasswords.Outcome.Chosen chosen) {
            redirect.addFlashAttribute("notice", "ตั้งรหัสผ่านแล้ว เข้าสู่ระบบด้วยชื่อผู้ใช้ " + chosen.userId());
            return new ModelAndView(Redirects.seeOther(PATH));
        }
        if (outcome instanceof CoordinatorPasswords.Outcome.Invalid invalid && !invalid.errors().containsKey("token")) {
            return form(token, invalid.errors(), HttpStatus.BAD_REQUEST);
        }
        return gone();
    }

    private static ModelAndView form(String token, Map<String, String> errors, HttpStatus status) {
        return new ModelAndView(TEMPLATE, Map.of("token", token, "errors", errors), status);
    }

    private static ModelAndView gone() {
        return new ModelAndView(TEMPLATE, Map.of("gone", CoordinatorPasswords.LINK_GONE), HttpStatus.GONE);
    }

    private static Map<String, String> withToken(String token, String password) {
        Map<String, String> input = new HashMap<>();
        input.put("token", token);
        input.put("password", password);
        return input;
    }
}
