package th.moralorg.identity;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.errors.ApiProblem;
import th.moralorg.web.RequestPaths;

/**
 * Our own API under /api takes the same HTTP Basic authentication as /engine-rest, or, from our
 * pages, the signed-in session (identity.SignInConfiguration); either way Camunda's user, groups
 * and tenants become the current authentication. Except the few public paths an organisation uses
 * before it has an account, every endpoint is protected unless listed here.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    public static final Set<String> PUBLIC_PATHS = Set.of(
            "/api/registrations",
            "/api/provinces",
            "/api/fiscal-years",
            "/api/names",
            "/api/registrations/correction",
            "/api/accounts/set-password",
            "/api/registry");

    private final ProcessEngineAuthenticationFilter camundaAuthentication = new ProcessEngineAuthenticationFilter();
    private final IdentityService identity;

    ApiAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void initFilterBean() throws ServletException {
        FilterConfig config = getFilterConfig();
        if (config != null) {
            camundaAuthentication.init(config);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal signedIn = request.getUserPrincipal();
        if (PUBLIC_PATHS.contains(RequestPaths.of(request))) {
            chain.doFilter(request, response);
            return;
        }
        if (signedIn != null && request.getHeader("Authorization") == null) {
            asSignedIn(signedIn.getName(), request, response, chain);
            return;
        }
        boolean[] passed = {false};
        camundaAuthentication.doFilter(request, response, (req, res) -> {
            passed[0] = true;
            chain.doFilter(req, res);
        });
        if (!passed[0] && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()) {
            // Camunda's refusal has a status only; ours says it in Thai, as every /api refusal does
            ApiErrors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
                    ApiProblem.SIGN_IN);
        }
    }

    /** The signed-in person of our pages' session, with their groups and tenants, as Camunda's filter does for Basic. */
    private void asSignedIn(String user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
