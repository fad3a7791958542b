package th.moralorg.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for business dates (Thailand has one time zone), replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(THAILAND);
    }
}
