package th.moralorg.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;

/**
 * The public pages anyone may read without an account (the registry, a certificate's
 * verification) and their JSON: one address may read at most {@code limit} of them per
 * {@code window}, then gets 429 with a Thai message until its window ends. Counted in PostgreSQL
 * ({@link RequestCounts}, scope PUBLIC_READ) so that every node counts the same crawl; the address
 * as for the public forms ({@link PublicFormRateLimit}).
 */
public class PublicReadRateLimit extends OncePerRequestFilter {

    /** The paths and what lies under them. */
    public static final List<String> LIMITED_PATHS = List.of("/registry", "/api/registry", "/certificates");

    private final int limit;
    private final Duration window;
    private final RequestCounts counts;
    private final Clock clock;

    public PublicReadRateLimit(int limit, Duration window, RequestCounts counts, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return LIMITED_PATHS.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestCounts.Window current = counts.increment(RequestCounts.Scope.PUBLIC_READ,
                RequestCounts.clientAddress(request), window);
        if (current.count() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds = current.secondsLeft(clock);
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        ApiErrors.writeForPeople(request, response, 429, "TooManyRequests", "เปิดหน้าสาธารณะจากเครื่องนี้บ่อยเกินไป กรุณารอประมาณ "
                + Math.max(1, (waitSeconds + 59) / 60) + " นาทีแล้วลองใหม่");
    }
}
