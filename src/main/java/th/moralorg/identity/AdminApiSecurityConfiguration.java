package th.moralorg.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Our own administration API under /api/admin: administrators only (AdminApiAuthentication). */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<AdminApiAuthentication> adminApiAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new AdminApiAuthentication(identity));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
