package th.moralorg.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import th.moralorg.web.RequestCounts;

/** Login throttling in front of every password check (LoginThrottle, docs/access.md). */
@Configuration(proxyBeanMethods = false)
class AbuseControlConfiguration {

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(RequestCounts counts, Clock clock,
            @Value("${moralorg.login-throttle.max-failures-per-address}") int perAddress,
            @Value("${moralorg.login-throttle.max-failures-per-account}") int perAccount,
            @Value("${moralorg.login-throttle.window}") Duration window) {
        var registration = new FilterRegistrationBean<>(new LoginThrottle(counts, clock, perAddress, perAccount, window));
        // every path: servlet patterns are case-sensitive and Tomcat's are not; it picks the password checks itself
        registration.addUrlPatterns("/*");
        // after the outermost error wording, before any filter that checks a password (orders + 3 and + 4)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
