package th.moralorg.identity;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.CachedBodyRequest;
import th.moralorg.web.RequestPaths;

/**
 * Mitigates CVE-2026-109432: Camunda 7.24 CE evaluates expressions inside the {@code orQueries}
 * of a task query although expressions in ad-hoc queries are banned, which lets any
 * authenticated user run code through {@code /engine-rest/task} or the webapps' API. Every JSON
 * body on both APIs is parsed as Jersey would parse it (escapes and encodings included), and a
 * body with an expression anywhere inside an {@code orQueries} member is refused with 400.
 * It runs after authentication: on /engine-rest and /api behind Camunda's authentication filter,
 * on /camunda/api (whose login filters come after ours) only for a signed-in session, leaving the
 * rest unread for Camunda to refuse. It buffers at most {@link CachedBodyRequest#MAX_BODY_BYTES}:
 * a larger JSON body is refused with 413, so no query reaches the engine unchecked.
 */
class TaskQueryExpressionGuard extends OncePerRequestFilter {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Jersey reads neither as a query; files come as multipart (Spring's own limits hold there)
        String contentType = contentType(request);
        return contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded")
                || RequestPaths.of(request).startsWith("/camunda/api/") && !WebappSession.isSignedIn(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = contentType(request);
        CachedBodyRequest cached = CachedBodyRequest.readCapped(request, response);
        if (cached == null) {
            return;
        }
        byte[] body = cached.body();
        Verdict verdict = body.length == 0 ? Verdict.CLEAN : inspect(body, contentType.contains("json"));
        if (verdict == Verdict.UNREADABLE) {
            ApiErrors.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                    "ข้อมูลที่ส่งมาอ่านไม่ได้ ต้องเป็น JSON ที่ถูกต้อง");
            return;
        }
        if (verdict == Verdict.EXPRESSION) {
            ApiErrors.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                    "ไม่อนุญาตให้ใช้นิพจน์ (expression) ในเงื่อนไขการค้นหางาน");
            return;
        }
        chain.doFilter(cached, response);
    }

    private static String contentType(HttpServletRequest request) {
        return request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    }

    private enum Verdict { CLEAN, UNREADABLE, EXPRESSION }

    private Verdict inspect(byte[] body, boolean declaredJson) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            // Jersey would refuse an unreadable JSON body too; refuse it here so nothing slips past.
            return declaredJson ? Verdict.UNREADABLE : Verdict.CLEAN;
        }
        return root != null && containsExpressionInOrQueries(root, false) ? Verdict.EXPRESSION : Verdict.CLEAN;
    }

    private static boolean containsExpressionInOrQueries(JsonNode node, boolean insideOrQueries) {
        if (node.isTextual()) {
            return insideOrQueries && isExpression(node.textValue());
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (containsExpressionInOrQueries(element, insideOrQueries)) {
                    return true;
                }
            }
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean inside = insideOrQueries || "orqueries".equals(field.getKey().toLowerCase(Locale.ROOT));
                if (inside && isExpression(field.getKey())
                        || containsExpressionInOrQueries(field.getValue(), inside)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isExpression(String text) {
        return text.contains("${") || text.contains("#{");
    }
}
