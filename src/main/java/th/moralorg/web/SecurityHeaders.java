package th.moralorg.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protections on every answer we serve ourselves (our pages, scripts, styles, /api,
 * /engine-rest, error pages): a strict Content-Security-Policy, no MIME sniffing, no framing, no
 * Referer to other sites (one-time links carry their token in the URL). Our pages are Thymeleaf
 * templates with no inline script, event handler or style: scripts and styles come only from our
 * own files. The webapps under /camunda/app and /camunda/api send Camunda's own policy (with a
 * nonce for their scripts, frame-ancestors 'none' and nosniff, camunda.bpm.webapp.header-security);
 * there we add only what Camunda does not send.
 */
public class SecurityHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page is a page too; the container may have reset the headers
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        if (!(path.startsWith("/camunda/app/") || path.startsWith("/camunda/api/"))) {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
