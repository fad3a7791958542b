package th.moralorg.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.CachedBodyRequest;
import th.moralorg.web.RequestCounts;
import th.moralorg.web.RequestPaths;

/**
 * In front of every password check: HTTP Basic on {@code /engine-rest} and {@code /api} (with
 * {@code /api/admin}), and the sign-in page's form ({@code POST /login}, identity.SignInConfiguration). A client address with too many failed logins
 * in the current window, or an account with too many from anywhere, gets 429 with Retry-After and
 * a Thai message, and its password is not checked at all. Every answer 401 to a request that
 * carried a password counts as a failure; a Basic header accepted lately costs no writes. The
 * counts live in PostgreSQL ({@link RequestCounts}); the account's lock ends with its window, no
 * administrator needed (Camunda's own lock is off: application.yaml, docs/access.md).
 */
class LoginThrottle extends OncePerRequestFilter {

    /** The sign-in page's form, where Spring Security takes it; the webapps' own login is closed. */
    private static final String SIGN_IN = "/login";
    /** The account counted for a login that names none the way Camunda would read it. */
    private static final String UNNAMED = "(unnamed)";
    private static final int REMEMBERED = 10_000;

    private final RequestCounts counts;
    private final Clock clock;
    private final int maxPerAddress;
    private final int maxPerAccount;
    private final Duration window;
    /** Fingerprints of Basic headers accepted lately: at most {@link #REMEMBERED}, least recent out first. */
    private final Map<String, Instant> accepted = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED;
        }
    });

    LoginThrottle(RequestCounts counts, Clock clock, int maxPerAddress, int maxPerAccount, Duration window) {
        this.counts = counts;
        this.clock = clock;
        this.maxPerAddress = maxPerAddress;
        this.maxPerAccount = maxPerAccount;
        this.window = window;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        boolean checksBasic = path.startsWith("/engine-rest") || path.startsWith("/api");
        return !(checksBasic && basicUser(request) != null || isSignIn(request));
    }

    /**
     * Every attempt is counted before the password is checked (one atomic upsert, so parallel
     * guesses cannot all slip in under the limit), and taken back once it turns out not to have
     * failed: the counts are failures.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean signIn = isSignIn(request);
        String account = signIn ? formUser(request) : basicUser(request);
        String address = RequestCounts.clientAddress(request);
        String credentials = signIn ? null : fingerprint(request.getHeader("Authorization"));
        if (credentials != null && recentlyAccepted(credentials)) {
            knownCredentials(request, response, chain, address, account, credentials);
            return;
        }
        RequestCounts.Window byAddress = counts.increment(RequestCounts.Scope.LOGIN_ADDRESS, address, window);
        RequestCounts.Window byAccount = counts.increment(RequestCounts.Scope.LOGIN_ACCOUNT, account, window);
        if (byAddress.count() > maxPerAddress) {
            refuse(request, response, byAddress);
            return;
        }
        if (byAccount.count() > maxPerAccount) {
            refuse(request, response, byAccount);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() != HttpServletResponse.SC_UNAUTHORIZED) {
                counts.takeBack(RequestCounts.Scope.LOGIN_ADDRESS, address, byAddress);
                counts.takeBack(RequestCounts.Scope.LOGIN_ACCOUNT, account, byAccount);
                if (credentials != null) {
                    accepted.put(credentials, clock.instant());
                }
            }
        }
    }

    /**
     * An API client sends the same Basic header with every request: once it was accepted, it is no
     * guess, so it is only held to the limits (a locked address or account is refused all the
     * same) and costs no writes. Should it fail after all (a changed password), it counts again.
     */
    private void knownCredentials(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String address, String account, String credentials) throws IOException, ServletException {
        RequestCounts.Window byAddress = counts.current(RequestCounts.Scope.LOGIN_ADDRESS, address, window);
        RequestCounts.Window byAccount = counts.current(RequestCounts.Scope.LOGIN_ACCOUNT, account, window);
        if (byAddress.count() >= maxPerAddress) {
            refuse(request, response, byAddress);
            return;
        }
        if (byAccount.count() >= maxPerAccount) {
            refuse(request, response, byAccount);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            accepted.remove(credentials);
            counts.increment(RequestCounts.Scope.LOGIN_ADDRESS, address, window);
            counts.increment(RequestCounts.Scope.LOGIN_ACCOUNT, account, window);
        }
    }

    private boolean recentlyAccepted(String credentials) {
        Instant at = accepted.get(credentials);
        return at != null && at.plus(window).isAfter(clock.instant());
    }

    /** A Basic header's SHA-256, so that no password is kept in memory; null without a header. */
    private static String fingerprint(String header) {
        if (header == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(header.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RequestCounts.Window full)
            throws IOException, ServletException {
        long seconds = full.secondsLeft(clock);
        response.setHeader("Retry-After", Long.toString(seconds));
        String message = "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณารอประมาณ " + Math.max(1, (seconds + 59) / 60)
                + " นาทีแล้วลองใหม่";
        if (isSignIn(request)) {
            // a person at the sign-in page reads it there, without the form until the wait is over
            request.setAttribute(SignInController.LOCKED, message);
            response.setStatus(429);
            request.getRequestDispatcher(SignInConfiguration.SIGN_IN).forward(request, response);
            return;
        }
        ApiErrors.write(request, response, 429, "TooManyLoginFailures", message);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && SIGN_IN.equals(RequestPaths.of(request));
    }

    /**
     * The user name of an HTTP Basic header, decoded as leniently as Camunda's provider does
     * (characters outside Base64's alphabet skipped), or null without one. A header that names no
     * user counts for one shared account of its own, so no encoding trick escapes the count.
     */
    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getMimeDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? UNNAMED : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return UNNAMED;
        }
    }

    /** The form's user name as Spring Security reads it (the first {@code username}). */
    private static String formUser(HttpServletRequest request) {
        String user = request.getParameter("username");
        return user == null || user.isBlank() ? UNNAMED : user.trim();
    }
}
