package th.moralorg.operations;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The management port (docs/operations.md, "Health and metrics"). Spring Boot runs it as a child
 * context with a server of its own, and hands it the application's Spring Security filter chains:
 * without a chain of its own, the sign-in chain would send the load balancer to a sign-in page
 * there. This chain takes every request on that port, and only there: the exposed endpoints
 * (health, info, prometheus) answer anyone who can reach the port, which is not public; anything
 * else is refused. It takes no password and keeps no session, so the port offers no way around the
 * application's login throttle; the health answer accordingly shows statuses, never details.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    /** Boot's name for the management child context's server. */
    private static final String MANAGEMENT = "management";

    @Bean
    @Order(0)
    SecurityFilterChain managementPort(HttpSecurity http) throws Exception {
        return http.securityMatcher(onManagementPort())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** A request served by the management context, told apart by the context, not by a port number (0 in tests). */
    private static RequestMatcher onManagementPort() {
        return request -> WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), MANAGEMENT);
    }
}
