package th.moralorg;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock, in Thailand's one time zone. Code that decides by time (fiscal years,
 * reminders, escalation, digests, retries, one-time links) takes this bean, so tests can move time
 * with a clock of their own (a {@code @Primary} one).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    @Bean
    Clock clock() {
        return Clock.system(THAILAND);
    }
}
