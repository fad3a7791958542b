package th.moralorg.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public pages' rate limit and their ETag (a client that has the page gets 304 without its
 * body; ShallowEtagHeaderFilter leaves out what is no-store, so a signed-in person's page).
 */
@Configuration(proxyBeanMethods = false)
class PublicReadConfiguration {

    @Bean
    FilterRegistrationBean<PublicReadRateLimit> publicReadRateLimit(Clock clock, RequestCounts counts,
            @Value("${moralorg.public-reads.limit}") int limit, @Value("${moralorg.public-reads.window}") Duration window) {
        var registration = new FilterRegistrationBean<>(new PublicReadRateLimit(limit, window, counts, clock));
        PublicReadRateLimit.LIMITED_PATHS.forEach(path -> registration.addUrlPatterns(path, path + "/*"));
        // where the public forms' limit stands: after Spring Security, before anything reads a body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPagesEtag() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        PublicReadRateLimit.LIMITED_PATHS.forEach(path -> registration.addUrlPatterns(path, path + "/*"));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }
}
