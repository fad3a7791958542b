package th.moralorg.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.RequestPaths;

/**
 * Guards our own administration API ({@code /api/admin/*}): HTTP Basic against Camunda's users,
 * as {@code /engine-rest} does, or the signed-in session of our pages, and only members of {@code camunda-admin} pass (401 without valid
 * credentials, 403 for everyone else).
 */
class AdminApiAuthentication extends OncePerRequestFilter {

    /** Checked on the decoded, normalised path, so {@code //api/admin} or {@code ;x} do not slip past. */
    static final String PREFIX = "/api/admin";

    private final IdentityService identity;

    AdminApiAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!RequestPaths.of(request).startsWith(PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String user = signedIn(request);
        if (user == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"moralorg-admin\"");
            ApiErrors.write(request, response, 401, "AuthenticationException", "กรุณาเข้าสู่ระบบด้วยบัญชีผู้ดูแลระบบ");
            return;
        }
        boolean administrator = identity.createGroupQuery().groupMember(user).groupId(Roles.ADMINISTRATORS)
                .count() > 0;
        if (!administrator) {
            ApiErrors.write(request, response, 403, "AuthorizationException", "เฉพาะผู้ดูแลระบบเท่านั้นที่ใช้งานส่วนนี้ได้");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user of valid Basic credentials, else the signed-in person of a session without them, else null. */
    private String signedIn(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        }
        String[] credentials = basic(header);
        return credentials != null && identity.checkPassword(credentials[0], credentials[1]) ? credentials[0] : null;
    }

    private static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
