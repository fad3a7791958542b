package th.moralorg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Browser protections on every answer we serve ourselves (our pages, scripts, styles, /api,
 * /engine-rest, error pages): a Content-Security-Policy, no MIME sniffing, no framing, no
 * Referer to other sites (one-time links carry their token in the URL). The webapps under
 * /camunda/app and /camunda/api send Camunda's own policy (with a nonce for their scripts,
 * frame-ancestors 'none' and nosniff, camunda.bpm.webapp.header-security); there we add only
 * what Camunda does not send. Scripts run only from our own files or as the inline scripts of
 * static/*.html, allowed by their SHA-256 hash (computed at start from the files themselves, so
 * an edited page cannot drift from the policy). Inline styles stay allowed ('unsafe-inline'):
 * the pages and the markup their scripts build use style attributes, which a hash cannot cover
 * (until issue 10 moves them to files).
 */
public class SecurityHeaders extends OncePerRequestFilter {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(\\s[^>]*)?>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final String policy;

    public SecurityHeaders() {
        this.policy = policy(inlineScriptHashes("classpath:static/*.html"));
    }

    String policy() {
        return policy;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page is a page too; the container may have reset the headers
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        if (!(path.startsWith("/camunda/app/") || path.startsWith("/camunda/api/"))) {
            response.setHeader("Content-Security-Policy", policy);
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    private static String policy(Set<String> scriptHashes) {
        StringBuilder scripts = new StringBuilder("'self'");
        if (!scriptHashes.isEmpty()) {
            // 'unsafe-hashes' lets a hashed event handler attribute of a static page run, nothing else
            scripts.append(" 'unsafe-hashes'");
            scriptHashes.forEach(hash -> scripts.append(" '").append(hash).append("'"));
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** sha256-… of every inline script and event handler attribute in the pages matching {@code pattern}. */
    static Set<String> inlineScriptHashes(String pattern) {
        Set<String> hashes = new TreeSet<>();
        try {
            for (Resource page : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String html = page.getContentAsString(StandardCharsets.UTF_8);
                Matcher script = INLINE_SCRIPT.matcher(html);
                while (script.find()) {
                    String attributes = script.group(1) == null ? "" : script.group(1);
                    if (!attributes.toLowerCase(Locale.ROOT).contains("src=") && !script.group(2).isBlank()) {
                        hashes.add(sha256(script.group(2)));
                    }
                }
                Matcher handler = EVENT_HANDLER.matcher(html);
                while (handler.find()) {
                    hashes.add(sha256(HtmlUtils.htmlUnescape(handler.group(1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
