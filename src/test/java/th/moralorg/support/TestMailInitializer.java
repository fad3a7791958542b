package th.moralorg.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points each test context's mail at the tests' GreenMail (TestMail), with quick retries so
 * that failure paths run in a test's time, and an SLA rule for the SLA tests' probe task.
 */
public class TestMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BASE_URL = "https://moralorg.test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + TestMail.port(),
                "moralorg.notification.base-url=" + BASE_URL,
                "moralorg.notification.sender-interval=100ms",
                "moralorg.notification.initial-backoff=100ms",
                "moralorg.notification.max-backoff=500ms",
                "moralorg.notification.max-attempts=20",
                "moralorg.sla.tasks.slaProbe.due=P14D",
                "moralorg.sla.tasks.slaProbe.reminder=P10D",
                "moralorg.sla.tasks.slaProbe.escalate=P21D",
                "moralorg.sla.tasks.slaProbe.escalation-group=sla-escalation-{provinceCode}")
                .applyTo(context);
    }
}
