package th.moralorg.errors;

import java.io.IOException;
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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

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
        ApiErrors.writeForPeople(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, refusal.type(),
                refusal.thaiMessage());
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
