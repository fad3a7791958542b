package th.moralorg.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a request that failed because PostgreSQL could not be reached or refused writes
 * ({@link DatabaseRefusal}) with 503, Retry-After and a Thai message: problem details (or
 * Camunda's error shape) for APIs, a short Thai page for browsers. Outermost of all filters, so
 * that it also covers what the session, sign-in and rate-limit filters read and write; it writes
 * the answer itself, since Spring's error page would need the database again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseRefusals extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRefusals.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<DatabaseRefusal> refusal = DatabaseRefusal.of(e);
            if (refusal.isEmpty() || response.isCommitted()) {
                throw e;
            }
            LOG.warn("Database refusal {} answered 503 for {} {}: {}", refusal.get(), request.getMethod(),
                    request.getRequestURI(), rootCause(e));
            refuse(request, response, refusal.get());
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, DatabaseRefusal refusal)
            throws IOException {
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseRefusal.RETRY_AFTER_SECONDS));
        if (wantsPage(request)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>"
                    + ApiProblem.title(503) + "</title></head><body><h1>" + ApiProblem.title(503) + "</h1><p>"
                    + HtmlUtils.htmlEscape(refusal.thaiMessage()) + "</p></body></html>");
        } else {
            ApiErrors.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, refusal.type(),
                    refusal.thaiMessage());
        }
    }

    /** A browser asking for a page (not our API, not Camunda's): it reads HTML. */
    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && !ApiErrors.isCamundaApi(path) && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
