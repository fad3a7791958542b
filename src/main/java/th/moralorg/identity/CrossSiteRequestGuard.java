package th.moralorg.identity;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sends from another
 * site's page: the officers' pages lean on the browser's cached HTTP Basic login, so without this
 * another site could upload files or deploy a model (code) in an officer's or administrator's
 * name. A browser says where a request comes from: {@code Sec-Fetch-Site} must be
 * {@code same-origin} or {@code none} when present, and {@code Origin} (when present; "null" is a
 * sandboxed or opaque page, so cross-site) must be this application's own origin as the request
 * reached it (scheme, host and port after the proxy's X-Forwarded-* headers) or one of the
 * configured ones ({@code moralorg.web.allowed-origins}). API clients without a browser send
 * neither header and keep working. The webapps' own CSRF token stays on besides.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowedOrigins;

    /** @param allowedOrigins origins (or URLs: only their origin counts), comma-separated */
    CrossSiteRequestGuard(String allowedOrigins) {
        this.allowedOrigins = Arrays.stream(allowedOrigins.split(","))
                .map(String::strip).filter(origin -> !origin.isEmpty())
                .map(CrossSiteRequestGuard::origin).filter(origin -> origin != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CrossSiteRequestRefused",
                    "ระบบไม่รับคำสั่งที่ส่งมาจากเว็บไซต์อื่น กรุณาทำรายการจากหน้าเว็บของระบบโดยตรง");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !Set.of("same-origin", "none").contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String normalised = origin(origin.strip());
        String host = request.getServerName();
        host = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // an IPv6 address
        String own = origin(request.getScheme() + "://" + host + ":" + request.getServerPort());
        return normalised == null || !(normalised.equals(own) || allowedOrigins.contains(normalised));
    }

    /** {@code scheme://host:port} in lower case with the port always given, or null if it is none ("null"). */
    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
