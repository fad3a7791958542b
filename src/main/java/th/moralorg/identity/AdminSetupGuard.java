package th.moralorg.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.RequestPaths;

/**
 * Mitigates CVE-2026-77226: Camunda 7.24 CE's Admin first-run endpoint
 * ({@code /camunda/api/admin/setup/{engine}/user/create}) lets anyone create an administrator
 * while the camunda-admin group has no direct member. Our administrators come from
 * configuration or from Admin itself, so the endpoint is closed for good. The path is decoded
 * until it no longer changes ({@code setup%252F…}, {@code %2573etup}) and normalised after each
 * round, so no encoding a later decoder might undo slips past.
 */
class AdminSetupGuard extends OncePerRequestFilter {

    static final String SETUP_PATH = "/camunda/api/admin/setup";
    /** Beyond this many rounds of encoding nobody is sending an honest request. */
    private static final int MAX_ROUNDS = 8;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSetup(RequestPaths.of(request))) {
            ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "ปิดการตั้งค่าผู้ดูแลระบบครั้งแรกผ่านหน้าเว็บแล้ว ผู้ดูแลระบบกำหนดได้จากการตั้งค่าของระบบเท่านั้น");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code path} (already decoded once by the container) addresses the setup endpoint. */
    static boolean isSetup(String path) {
        String current = normalise(path);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = normalise(percentDecode(current));
            if (next.equals(current)) {
                return current.equals(SETUP_PATH) || current.startsWith(SETUP_PATH + "/");
            }
            current = next;
        }
        // still changing: refuse it if it could still come to the setup endpoint
        return current.startsWith("/camunda/api/admin");
    }

    /** Lower case, no {@code ;params}, single slashes, no {@code .} or {@code ..} segments. */
    private static String normalise(String path) {
        String plain = path.replace('\\', '/').replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : plain.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments) + (plain.endsWith("/") && !segments.isEmpty() ? "/" : "");
    }

    /** %XX to the byte it stands for (UTF-8); a malformed escape stays as it is. */
    private static String percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
