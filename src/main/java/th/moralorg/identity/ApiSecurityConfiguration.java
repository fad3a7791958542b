package th.moralorg.identity;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import th.moralorg.errors.EngineErrorsInThai;
import th.moralorg.web.PublicFormRateLimit;
import th.moralorg.web.RequestCounts;
import th.moralorg.web.SecurityHeaders;
import th.moralorg.web.NulCharacters;
import th.moralorg.web.UnnormalisedPaths;
import th.moralorg.web.WebappNonces;

/**
 * Guards for Camunda's two HTTP APIs: {@code /engine-rest} (our REST API) and
 * {@code /camunda/api} (what Tasklist, Cockpit and Admin call), and for our own {@code /api}.
 * The webapps take the one sign-in's session (identity.SignInConfiguration; their own filters come
 * after all of these); /engine-rest takes HTTP Basic against Camunda's users, and only
 * {@code GET /engine-rest/engine} stays open (the filter's own allow-list). In order: headers and
 * Thai errors (outermost), what needs no body (cross-site refusal, the setup endpoint), Spring
 * Security (HIGHEST_PRECEDENCE + 2, application.yaml), authentication, then what reads a body.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    private static final String REST = "/engine-rest/*";
    private static final String WEBAPP_API = "/camunda/api/*";
    private static final String OUR_API = "/api/*";
    /** Camunda's class, named rather than imported: it lives in an impl package. */
    private static final String HTTP_BASIC_PROVIDER =
            "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappNonces> webappNonces() {
        var registration = new FilterRegistrationBean<>(new WebappNonces());
        // before Camunda's own filters of the webapps (registered after every ordered bean)
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UnnormalisedPaths> unnormalisedPaths() {
        var registration = new FilterRegistrationBean<>(new UnnormalisedPaths());
        registration.addUrlPatterns("/*");
        // after the headers and the Thai wording of Camunda's errors, before anything reads the path
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NulCharacters> nulCharacters() {
        var registration = new FilterRegistrationBean<>(new NulCharacters());
        registration.addUrlPatterns("/*");
        // after the request's encoding is set (Spring's filter, the highest precedence), before any guard reads a parameter
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NoBrowserPrompt> noBrowserPrompt() {
        var registration = new FilterRegistrationBean<>(new NoBrowserPrompt());
        registration.addUrlPatterns(REST, OUR_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequestGuard> crossSiteRequestGuard(
            @Value("${moralorg.web.allowed-origins}") String allowedOrigins) {
        var registration = new FilterRegistrationBean<>(new CrossSiteRequestGuard(allowedOrigins));
        // every path: no state-changing request from another site, on any API or page
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupGuard> adminSetupGuard() {
        var registration = new FilterRegistrationBean<>(new AdminSetupGuard());
        registration.addUrlPatterns(WEBAPP_API);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TaskQueryExpressionGuard> taskQueryExpressionGuard() {
        var registration = new FilterRegistrationBean<>(new TaskQueryExpressionGuard());
        registration.addUrlPatterns(REST, WEBAPP_API, OUR_API);
        // after authentication on /engine-rest and /api (and the public forms' rate limit)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns(REST);
        registration.addInitParameter("authentication-provider", HTTP_BASIC_PROVIDER);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
        registration.addUrlPatterns(OUR_API);
        registration.addInitParameter("authentication-provider", HTTP_BASIC_PROVIDER);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineErrorsInThai> engineErrorsInThai() {
        var registration = new FilterRegistrationBean<>(new EngineErrorsInThai(TaskWorkRefused.MESSAGE));
        registration.addUrlPatterns(REST, WEBAPP_API);
        // outermost: it rewrites what the later filters and Camunda's resources answered
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicFormRateLimit> publicFormRateLimit(Clock clock, RequestCounts counts,
            @Value("${moralorg.public-forms.limit}") int limit, @Value("${moralorg.public-forms.window}") Duration window) {
        var registration = new FilterRegistrationBean<>(new PublicFormRateLimit(limit, window, counts, clock));
        registration.addUrlPatterns(OUR_API);
        PublicFormRateLimit.LIMITED_PATHS.stream().filter(path -> !path.startsWith("/api/"))
                .forEach(registration::addUrlPatterns);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
