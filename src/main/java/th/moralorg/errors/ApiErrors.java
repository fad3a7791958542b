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

    /** Whether a path (after the context path) is /engine-rest or the webapps' /camunda/api: a shape, no access. */
    static boolean isCamundaApi(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/engine-rest") || lower.startsWith("/camunda/");
    }
}
