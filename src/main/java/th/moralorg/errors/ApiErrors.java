package th.moralorg.errors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Writes a refusal in the shape the Camunda REST API uses for its own errors. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static void write(HttpServletResponse response, int status, String type, String thaiMessage) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"" + type + "\",\"message\":\"" + thaiMessage.replace("\"", "'") + "\"}";
        response.getWriter().write(body);
    }
}
