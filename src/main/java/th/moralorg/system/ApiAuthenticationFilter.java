package th.moralorg.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own API under /api takes the same HTTP Basic authentication as /engine-rest (Camunda's
 * users, groups and tenants become the current authentication), except the few public paths an
 * organisation uses before it has an account. New endpoints are protected unless listed here.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final Set<String> PUBLIC_PATHS = Set.of(
            "/api/registrations",
            "/api/provinces",
            "/api/fiscal-years",
            "/api/names",
            "/api/registrations/correction",
            "/api/accounts/set-password");

    private final ProcessEngineAuthenticationFilter camundaAuthentication = new ProcessEngineAuthenticationFilter();

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
        if (PUBLIC_PATHS.contains(RequestPaths.of(request))) {
            chain.doFilter(request, response);
        } else {
            camundaAuthentication.doFilter(request, response, chain);
        }
    }
}
