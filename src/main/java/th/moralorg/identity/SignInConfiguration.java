package th.moralorg.identity;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.RequestPaths;
import th.moralorg.web.UnnormalisedPaths;

/**
 * One sign-in for people: our Thai sign-in page at {@value #SIGN_IN} (Spring Security, passwords
 * and groups from Camunda's identity service, {@link EnginePasswords}), a session kept in
 * PostgreSQL (Spring Session JDBC), and Tasklist, Cockpit and Admin taking that session through
 * Camunda's container-based authentication, so their own login screen never appears. Signing out,
 * from our header or from a webapp's menu, ends the one session. API clients keep HTTP Basic,
 * checked by Camunda's filter on /engine-rest and ours on /api, stateless. docs/access.md, "Sign-in".
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    static final String SIGN_IN = "/login";
    static final String SIGN_OUT = "/logout";
    /** Where a person lands after signing in, unless a page sent them to sign in. */
    static final String START = "/camunda/app/tasklist/";
    /** The name of our CSRF cookie and header, apart from the webapps' own XSRF-TOKEN. */
    static final String CSRF_COOKIE = "MO-XSRF-TOKEN";
    static final String CSRF_HEADER = "X-MO-XSRF-TOKEN";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    /** Camunda's class, named rather than imported: it lives in an impl package. */
    private static final String CONTAINER_PROVIDER =
            "org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider";

    /** What anyone may open without signing in: the organisation's pages, assets, the API's description. */
    private static final String[] PUBLIC = {"/", SIGN_IN, "/error", "/favicon.ico", "/*.css", "/*.js", "/js/**",
        "/fonts/**", "/register.html", "/kit", "/kit.html", "/set-password.html", "/v3/api-docs/**", "/swagger-ui/**",
        "/swagger-ui.html", "/register", "/register/correction", "/set-password",
        "/certificates", "/certificates/*", "/registry", "/registry/**", "/status"};

    /** /engine-rest: Basic for API clients only; no session is read or made, no CSRF (no cookies count). */
    @Bean
    @Order(1)
    SecurityFilterChain statelessApiClients(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signedInPeople(HttpSecurity http, EnginePasswords passwords, SignInRefused refused,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
        RequestMatcher apis = new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/camunda/api/**"));
        RequestMatcher webappLogin = PATHS.matcher("/camunda/api/admin/auth/user/*/login/**");
        RequestMatcher signOut = new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, SIGN_OUT),
                PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"));
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(new AndRequestMatcher(PATHS.matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(apis)));
        SavedRequestAwareAuthenticationSuccessHandler backToThePage = new SavedRequestAwareAuthenticationSuccessHandler();
        backToThePage.setDefaultTargetUrl(START);
        backToThePage.setRequestCache(pagesOnly);
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setHeaderName(CSRF_HEADER);
        csrfTokens.setCookieCustomizer(cookie -> cookie.path("/").sameSite("Lax").secure(secureCookies));
        return http
                .authenticationProvider(passwords)
                .authorizeHttpRequests(requests -> requests
                        // one sign-in: the webapps' own login form takes no passwords
                        .requestMatchers(webappLogin).denyAll()
                        .requestMatchers(PATHS.matcher("/camunda/**")).authenticated()
                        // our API decides itself: Basic, the session, or one of its public paths
                        .requestMatchers(PATHS.matcher("/api/**")).permitAll()
                        .requestMatchers(Arrays.stream(PUBLIC).map(PATHS::matcher).toArray(RequestMatcher[]::new)).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN).usernameParameter("username").passwordParameter("password")
                        .successHandler(backToThePage).failureHandler(refused))
                .logout(logout -> logout.logoutRequestMatcher(signOut)
                        .logoutSuccessHandler((request, response, authentication) -> {
                            if (RequestPaths.of(request).startsWith("/camunda/")) {
                                // the webapp then shows its login route, which sends the browser to ours
                                response.setStatus(HttpStatus.NO_CONTENT.value());
                            } else {
                                response.sendRedirect(SIGN_IN + "?signedOut");
                            }
                        }))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new RefusedInThai())
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), apis)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN), request -> true))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new CsrfTokens())
                        // the webapps check their own token; API clients sending Basic carry no ambient
                        // authority a page could borrow; the public forms hold no session to ride on
                        .ignoringRequestMatchers(PATHS.matcher("/camunda/**"), SignInConfiguration::sendsCredentials,
                                SignInConfiguration::isPublicApi, SignInConfiguration::isApiWithoutSignIn))
                .addFilterAfter(new CsrfCookie(), CsrfFilter.class)
                // web.SecurityHeaders and web.PagesAreNotKept write ours; Spring's defaults would also
                // forbid caching the webapps' scripts
                .headers(headers -> headers.disable())
                .build();
    }

    /**
     * What Spring Security's firewall refuses before anything reads it (a doubled slash, a path
     * parameter, an encoded dot), said in Thai in the shape of the API it was sent to.
     */
    @Bean
    RequestRejectedHandler refusedAddressesInThai() {
        return (request, response, rejected) -> ApiErrors.write(request, response, HttpServletResponse.SC_BAD_REQUEST,
                "InvalidRequestException", UnnormalisedPaths.REFUSAL);
    }

    /**
     * After Spring Security, so that the signed-in person is the request's principal; before the
     * webapps' own filters, which then find the login in the session as if typed into their form.
     */
    /**
     * A browser's first requests after signing in come at once (Tasklist asks for a dozen things):
     * each adds the webapps' sign-in to the session, and with Spring Session's plain INSERT all but
     * the first failed on the attribute's key, answering 500. PostgreSQL's upsert takes them all.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsTakeTheSignIn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CONTAINER_PROVIDER));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    private static boolean sendsCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    /** An /api call with neither credentials nor a signed-in session: nothing to forge; the API answers 401. */
    private static boolean isApiWithoutSignIn(HttpServletRequest request) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        return RequestPaths.of(request).startsWith("/api/") && (signedIn == null || !signedIn.isAuthenticated());
    }

    private static boolean isPublicApi(HttpServletRequest request) {
        return ApiAuthenticationFilter.PUBLIC_PATHS.contains(RequestPaths.of(request));
    }
}
