package th.moralorg.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The forms anyone may send without an account (registration, its correction, setting a
 * password) each start work and mail; one address may send at most {@code limit} of them per
 * {@code window}, then gets 429 with a Thai message until its window ends. The address is the
 * client's as Tomcat sees it: behind a reverse proxy, the one the proxy forwards
 * (server.forward-headers-strategy, docs/operations.md).
 */
class PublicFormRateLimit extends OncePerRequestFilter {

    static final Set<String> LIMITED_PATHS = Set.of(
            "/api/registrations",
            "/api/registrations/correction",
            "/api/accounts/set-password");
    /** Beyond this many addresses, ended windows are dropped before a new one is kept. */
    private static final int TIDY_ABOVE = 10_000;

    private record Window(long startMillis, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicFormRateLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !LIMITED_PATHS.contains(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(w -> ended(w, now));
        }
        Window current = windows.compute(request.getRemoteAddr(),
                (address, w) -> w == null || ended(w, now) ? new Window(now, 1) : new Window(w.startMillis(), w.count() + 1));
        if (current.count() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds = Math.max(1, (current.startMillis() + window.toMillis() - now + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"ส่งแบบฟอร์มจากเครื่องนี้บ่อยเกินไป กรุณารอประมาณ "
                + Math.max(1, (waitSeconds + 59) / 60) + " นาทีแล้วลองใหม่\"}");
    }

    private boolean ended(Window w, long now) {
        return now - w.startMillis() >= window.toMillis();
    }
}
