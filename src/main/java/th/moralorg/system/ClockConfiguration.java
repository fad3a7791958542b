package th.moralorg.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock. Code that decides by time (reminders, escalation, digests, retries)
 * takes this bean, so tests can move time by putting a clock of their own first.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
