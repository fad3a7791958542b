package th.moralorg.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Writes a refusal from a filter, before any controller: on our own paths (/api and the rest) as
 * problem details like every /api refusal ({@link ApiProblem}); on Camunda's APIs in the shape
 * Camunda answers its own errors ({@code type}, {@code message}), which its webapps and clients read.
 */
public final class ApiErrors {

    /** Serialises a ProblemDetail as Spring MVC does: its properties beside the standard members. */
    static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private ApiErrors() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String camundaType,
            String thaiMessage) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isCamundaApi(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            String body = "{\"type\":\"" + camundaType + "\",\"message\":\"" + thaiMessage.replace("\"", "'") + "\"}";
            response.getWriter().write(body);
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(JSON.writeValueAsString(ApiProblem.problem(status, thaiMessage)));
        }
    }

    /**
     * As {@link #write}, but a browser asking for a page ({@link #wantsPage}) gets the Thai message
     * as a page of its own ({@link #page}).
     */
    public static void writeForPeople(HttpServletRequest request, HttpServletResponse response, int status,
            String camundaType, String thaiMessage) throws IOException {
        if (!wantsPage(request.getRequestURI().substring(request.getContextPath().length()), request.getHeader("Accept"))) {
            write(request, response, status, camundaType, thaiMessage);
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write(page(request.getContextPath(), status, thaiMessage));
    }

    /** A browser asking for a page: not our API, not Camunda's, and HTML accepted. */
    static boolean wantsPage(String path, String accept) {
        return !path.startsWith("/api/") && !isCamundaApi(path) && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /**
     * A refusal as a page of its own: what answers before (or without) the application has no
     * layout to render, so the page is plain, with the stylesheet and a way home.
     */
    static String page(String contextPath, int status, String thaiMessage) {
        String title = ApiProblem.title(status);
        String home = contextPath + "/";
        return """
                <!DOCTYPE html>
                <html lang="th">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - ระบบบริหารงานองค์กรคุณธรรม</title>
                <link rel="stylesheet" href="%smoralorg.css"></head>
                <body><main id="main"><h1>%s</h1>
                <p class="notice bad" role="alert" id="refusal">%s</p>
                <p><a href="%s">กลับหน้าแรก</a></p></main></body>
                </html>
                """.formatted(title, home, title,
                org.springframework.web.util.HtmlUtils.htmlEscape(thaiMessage, StandardCharsets.UTF_8.name()), home);
    }

    /** Whether a path (after the context path) is /engine-rest or the webapps' /camunda/api: a shape, no access. */
    static boolean isCamundaApi(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/engine-rest") || lower.startsWith("/camunda/");
    }
}
