package th.moralorg.identity;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import th.moralorg.errors.ApiProblem;

/**
 * Who asks for a server-rendered page, as the same {@link ApiCaller} the /api checks take: the
 * signed-in principal and its groups in Camunda's identity service.
 */
public final class PageCaller {

    private PageCaller() {
    }

    public static ApiCaller of(HttpServletRequest request, IdentityService identity) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            throw ApiProblem.unauthorized();
        }
        String user = principal.getName();
        Set<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        return new ApiCaller(user, groups);
    }
}
