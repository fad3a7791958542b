package th.moralorg.identity;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import th.moralorg.errors.ApiProblem;

/**
 * The {@link ApiCaller} of a page request: the signed-in person (the request's principal, set by
 * the session sign-in) with their Camunda groups, so that a page enforces exactly what /api does.
 */
public final class PageCaller {

    private PageCaller() {
    }

    /** Refuses (401) a request without a signed-in person. */
    public static ApiCaller of(HttpServletRequest request, IdentityService identity) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw ApiProblem.unauthorized();
        }
        String user = principal.getName();
        Set<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .collect(Collectors.toUnmodifiableSet());
        return new ApiCaller(user, groups);
    }
}
