package th.moralorg.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;

/**
 * The forms anyone may send without an account (registration, its correction, setting a
 * password) each start work and mail, and the status lookup answers a guess; one address may
 * send at most {@code limit} of them per {@code window}, then gets 429 with a Thai message until
 * its window ends. The address is the
 * client's as Tomcat sees it: behind a trusted reverse proxy, the one the proxy forwards
 * (MORALORG_TRUSTED_PROXIES, docs/operations.md). The counts live in PostgreSQL
 * ({@link RequestCounts}), shared by every node.
 */
public class PublicFormRateLimit extends OncePerRequestFilter {

    /** The API's forms, then the same forms on the pages (organisationcase). */
    public static final Set<String> LIMITED_PATHS = Set.of(
            "/api/registrations",
            "/api/registrations/correction",
            "/api/accounts/set-password",
            "/register",
            "/register/correction",
            "/set-password",
            "/status");

    private final int limit;
    private final Duration window;
    private final RequestCounts counts;
    private final Clock clock;

    public PublicFormRateLimit(int limit, Duration window, RequestCounts counts, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !LIMITED_PATHS.contains(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestCounts.Window current = counts.increment(RequestCounts.Scope.PUBLIC_FORM,
                RequestCounts.clientAddress(request), window);
        if (current.count() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds = current.secondsLeft(clock);
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        ApiErrors.writeForPeople(request, response, 429, "TooManyRequests", "ส่งแบบฟอร์มจากเครื่องนี้บ่อยเกินไป กรุณารอประมาณ "
                + Math.max(1, (waitSeconds + 59) / 60) + " นาทีแล้วลองใหม่");
    }
}
