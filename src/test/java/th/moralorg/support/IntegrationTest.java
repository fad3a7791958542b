package th.moralorg.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real engine and a real PostgreSQL database, with the demo users,
 * served on a random port; its mail goes to the tests' GreenMail (TestMail). Test classes with the same setup share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the tests send more public forms and wrong passwords from this machine than one person would
// (PublicFormRateLimit, LoginThrottle), and play a reverse proxy on loopback that forwards
// clients' addresses (Api.postJsonFrom)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "moralorg.public-forms.limit=300",
        // small batches, so that every meeting and national round of the tests spans several
        "moralorg.messaging.batch-size=10",
        "moralorg.login-throttle.max-failures-per-address=100",
        "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1"})
@ActiveProfiles("demo")
// metrics exported as in production (operations.ManagementPortTests scrapes them); Boot's tests
// leave export off unless asked
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = {EmbeddedDatabaseInitializer.class, TestMailInitializer.class})
public @interface IntegrationTest {
}
