package th.moralorg.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.identity.WebappSession;
import th.moralorg.web.CachedBodyRequest;
import th.moralorg.web.RequestPaths;

/**
 * A user's e-mail address is checked where it enters (issue: addresses validated at entry): when
 * an administrator creates a user or changes a profile in Admin or through the REST API, an
 * address mail could never reach is refused with 400 and a Thai message, instead of being found
 * out later as an undeliverable notification. An empty address stays allowed (not everyone gets
 * mail). The same strict check as the outbox ({@link Addresses}).
 */
@Configuration(proxyBeanMethods = false)
class UserAddressCheck {

    /** Camunda's user create and profile update, in Admin's API and in /engine-rest. */
    private static final Pattern USER_WRITE = Pattern.compile(
            "(/camunda/api/engine/engine/[^/]+|/engine-rest(/engine/[^/]+)?)/user/(create|[^/]+/profile)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<Filter> userAddressFilter() {
        var registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
        // after /engine-rest's authentication (a refusal then says nothing to strangers), before Camunda's resources
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String method = request.getMethod();
            String path = RequestPaths.normalised(request);
            // Admin's API: only a signed-in session's body is read (Camunda's login filters come after this one)
            return !("POST".equals(method) || "PUT".equals(method)) || !USER_WRITE.matcher(path).matches()
                    || path.startsWith("/camunda/") && !WebappSession.isSignedIn(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CachedBodyRequest cached = CachedBodyRequest.readCapped(request, response);
            if (cached == null) {
                return;
            }
            String email = emailIn(cached.body());
            String problem = email == null || email.isBlank() ? null : Addresses.problem(email);
            if (problem != null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException",
                        "message", "อีเมล " + email.strip() + " ใช้ส่งจดหมายไม่ได้ กรุณาตรวจสอบแล้วแก้ไข",
                        "errors", Map.of("email", "อีเมลไม่ถูกต้อง"))));
                return;
            }
            chain.doFilter(cached, response);
        }

        /** The email of a create ({"profile": {...}}) or a profile update ({...}); null when absent or unreadable. */
        private static String emailIn(byte[] body) {
            try {
                JsonNode json = JSON.readTree(body);
                JsonNode profile = json != null && json.has("profile") ? json.get("profile") : json;
                JsonNode email = profile == null ? null : profile.get("email");
                return email == null || email.isNull() ? null : email.asText();
            } catch (IOException unreadable) {
                return null; // Camunda answers malformed JSON itself
            }
        }
    }
}
