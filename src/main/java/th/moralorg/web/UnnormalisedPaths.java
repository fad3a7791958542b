package th.moralorg.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;

/**
 * An address with a doubled slash or a dot segment is no address of ours: refused with 400 in
 * Thai before any guard or servlet reads it. Spring Security's firewall refuses these too, but
 * its path parsing fails on some of them first (a 500 for the webapps' API).
 */
public final class UnnormalisedPaths extends OncePerRequestFilter {

    /** Also what Spring Security's firewall refusals say (identity.SignInConfiguration). */
    public static final String REFUSAL = "ที่อยู่ของคำขอไม่ถูกต้อง (มีเครื่องหมายหรือรูปแบบที่ไม่อนุญาต เช่น // หรือ ;)";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.contains("//") || uri.contains("/./") || uri.contains("/../") || uri.endsWith("/.") || uri.endsWith("/..")) {
            ApiErrors.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }
}
