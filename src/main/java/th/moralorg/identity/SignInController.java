package th.moralorg.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import th.moralorg.web.PageController;

/** The sign-in page (templates/identity/sign-in.html); Spring Security takes its form's post. */
@PageController
class SignInController {

    /** The request attribute under which LoginThrottle leaves its Thai message for a locked sign-in. */
    static final String LOCKED = "signInLocked";

    /** GET shows the page; a refused post comes back here forwarded by {@link SignInRefused}. */
    @RequestMapping(path = SignInConfiguration.SIGN_IN, method = {RequestMethod.GET, RequestMethod.POST})
    String signIn(HttpServletRequest request, Model model) {
        if (request.getAttribute(LOCKED) instanceof String locked) {
            model.addAttribute("locked", locked);
        } else if (request.getAttribute(SignInRefused.MESSAGE) instanceof String refused) {
            model.addAttribute("error", refused);
            model.addAttribute("username", request.getParameter("username"));
        } else if (request.getParameter("signedOut") != null) {
            model.addAttribute("notice", "ออกจากระบบเรียบร้อยแล้ว");
        }
        return "identity/sign-in";
    }
}
