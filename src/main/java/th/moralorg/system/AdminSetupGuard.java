package th.moralorg.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mitigates CVE-2026-77226: Camunda 7.24 CE's Admin first-run endpoint
 * ({@code /camunda/api/admin/setup/{engine}/user/create}) lets anyone create an administrator
 * while the camunda-admin group has no direct member. Our administrators come from
 * configuration or from Admin itself, so the endpoint is closed for good.
 */
class AdminSetupGuard extends OncePerRequestFilter {

    static final String SETUP_PATH = "/camunda/api/admin/setup";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        if (path.equals(SETUP_PATH) || path.startsWith(SETUP_PATH + "/")) {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "ปิดการตั้งค่าผู้ดูแลระบบครั้งแรกผ่านหน้าเว็บแล้ว ผู้ดูแลระบบกำหนดได้จากการตั้งค่าของระบบเท่านั้น");
            return;
        }
        chain.doFilter(request, response);
    }
}
