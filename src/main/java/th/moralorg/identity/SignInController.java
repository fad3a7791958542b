package th.moralorg.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import th.moralorg.web.PageController;

/** The sign-in page (templates/identity/sign-in.html); Spring Security takes its form's post. */
@PageController
class SignInController {

    /** The request attribute under which LoginThrottle leaves its Thai message for a locked sign-in. */
    static final String LOCKED = "signInLocked";
    static final String STARTING = "ระบบกำลังเริ่มทำงาน กรุณารอสักครู่แล้วลองเข้าสู่ระบบใหม่";
    /** Seconds a browser or client is asked to wait while the system starts. */
    private static final String RETRY_AFTER = "10";

    private final ApplicationAvailability availability;

    SignInController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    /**
     * GET shows the page; a refused post comes back here forwarded by {@link SignInRefused}. Until
     * the start-up runners are done (models deployed, access set up, the local run's demo users
     * made: readiness, docs/operations.md) the page says the system is starting, with 503, rather
     * than refuse a password whose account is not there yet; the 503 also takes the attempt off
     * LoginThrottle's count.
     */
    @RequestMapping(path = SignInConfiguration.SIGN_IN, method = {RequestMethod.GET, RequestMethod.POST})
    String signIn(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER);
            model.addAttribute("locked", STARTING);
        } else if (request.getAttribute(LOCKED) instanceof String locked) {
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
