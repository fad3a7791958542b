package th.moralorg.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * HTTP Basic for our own REST API ({@code /api/**}) against Camunda's users, as on
 * {@code /engine-rest}: the caller and their groups go into the request as {@link ApiCaller}.
 */
@Component
class ApiAuthentication implements HandlerInterceptor {

    private final IdentityService identity;

    ApiAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiProblem.unauthorized();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unauthorized();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw ApiProblem.unauthorized();
        }
        String userId = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (!userId.matches("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}") || !identity.checkPassword(userId, password)) {
            throw ApiProblem.unauthorized();
        }
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        request.setAttribute(ApiCaller.ATTRIBUTE, new ApiCaller(userId, groups));
        return true;
    }
}
