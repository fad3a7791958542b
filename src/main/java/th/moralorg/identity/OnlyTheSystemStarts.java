package th.moralorg.identity;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.RequestPaths;

/**
 * On /engine-rest, starting a process and correlating a message are for administrators only
 * (the grants already refuse everyone else). This gives every other caller one answer, 403 with
 * a Thai message, where the engine's would depend on the state: a message nobody waits for is
 * 400 with the engine's English text, a definition the caller cannot read is 404.
 */
class OnlyTheSystemStarts extends OncePerRequestFilter {

    static final String MESSAGE = "การเริ่มงานหรือส่งข้อความถึงกระบวนงานทำได้เฉพาะระบบ กรุณาดำเนินการผ่านหน้าของระบบ";
    private static final Pattern STARTS = Pattern.compile(
            "(?i)/engine-rest(?:/engine/[^/]+)?/(?:process-definition/.+/(?:start|submit-form)|message)");

    private final IdentityService identity;

    OnlyTheSystemStarts(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.normalised(request);
        if ("POST".equalsIgnoreCase(request.getMethod()) && STARTS.matcher(path).matches()
                && !CurrentUser.groups(identity).contains(Roles.ADMINISTRATORS)) {
            ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
