package th.moralorg.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The local run's caught mail is for the newcomer at the keyboard: readable without signing in. */
@Configuration(proxyBeanMethods = false)
@Profile("demo & !prod")
class CaughtMailSignIn {

    @Bean
    @Order(0)
    SecurityFilterChain caughtMailIsOpen(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/dev/mail/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.disable())
                .build();
    }
}
