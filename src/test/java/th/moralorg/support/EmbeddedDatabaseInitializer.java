package th.moralorg.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Gives each Spring test context a database of its own on the embedded server. */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + EmbeddedPostgresServer.newTestDatabase(context),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres")
                .applyTo(context);

    }
}
