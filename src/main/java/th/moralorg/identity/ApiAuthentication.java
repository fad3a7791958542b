package th.moralorg.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import th.moralorg.errors.ApiProblem;
import th.moralorg.web.RequestPaths;

/**
 * The caller of our own REST API ({@code /api/**}), authenticated by {@link ApiAuthenticationFilter}
 * (HTTP Basic against Camunda's users, as on /engine-rest), goes into the request as {@link ApiCaller}.
 */
@Component
class ApiAuthentication implements HandlerInterceptor {

    private final IdentityService identity;

    ApiAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // ApiAuthenticationFilter already checked the password with Camunda and made the caller current
        var user = CurrentUser.of(identity);
        if (user.isEmpty()) {
            if (ApiAuthenticationFilter.PUBLIC_PATHS.contains(RequestPaths.of(request))) {
                return true;
            }
            throw ApiProblem.unauthorized();
        }
        request.setAttribute(ApiCaller.ATTRIBUTE, new ApiCaller(user.get(), Set.copyOf(CurrentUser.groups(identity))));
        return true;
    }
}
