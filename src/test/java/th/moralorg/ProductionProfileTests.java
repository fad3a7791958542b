package th.moralorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.camunda.bpm.engine.IdentityService;

import th.moralorg.support.Api;
import th.moralorg.support.EmbeddedPostgresServer;
import th.moralorg.support.IntegrationTest;

/**
 * The prod profile refuses to start unsafely. The demo context of {@link IntegrationTest} gives
 * a database that holds the demo users, as a database once used for a local run would.
 */
@IntegrationTest
class ProductionProfileTests {

    /** Refused before anything connects: no database is needed. */
    static final String NO_DATABASE_NEEDED = "--spring.datasource.url=jdbc:postgresql://localhost:1/none";

    @Value("${spring.datasource.url}")
    String demoDatabaseUrl;

    @Test
    void refusesToStartWithoutAnExternalDatasource() {
        assertThatThrownBy(() -> startProd())
                .hasStackTraceContaining("no external PostgreSQL datasource is configured")
                .hasStackTraceContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void refusesAWellKnownAdministratorPassword() {
        assertThatThrownBy(() -> startProd("--spring.datasource.url=" + EmbeddedPostgresServer.newTestDatabase(),
                "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=demo"))
                .hasStackTraceContaining("default or shorter than 12 characters");
    }

    @Test
    void refusesToStartWithoutAnExplicitAdministratorPassword() {
        // without one Camunda would take the user id as the administrator's password
        assertThatThrownBy(() -> startProd(NO_DATABASE_NEEDED,
                "--camunda.bpm.admin-user.id=chief"))
                .hasStackTraceContaining("no administrator password is set");
        assertThatThrownBy(() -> startProd(NO_DATABASE_NEEDED))
                .hasStackTraceContaining("no administrator password is set");
    }

    @Test
    void refusesAWeakAdministratorPassword() {
        for (String weak : new String[] {"Chief-2569-passw0rd", "alllowercase-2569", "NoDigitsHere-Passw", "NoSpecial2569Passw"}) {
            assertThatThrownBy(() -> startProd(NO_DATABASE_NEEDED,
                    "--camunda.bpm.admin-user.id=chief", "--camunda.bpm.admin-user.password=" + weak))
                    .as(weak).hasStackTraceContaining("holds the user id, or lacks");
        }
    }

    @Test
    void refusesADatabaseThatHoldsDemoUsers() {
        assertThatThrownBy(() -> startProd("--spring.datasource.url=" + demoDatabaseUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                // the demo database's own administrator: a new one would be created there before the refusal
                "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=Str0ng-Passw0rd!"))
                .hasStackTraceContaining("demo user(s)");
    }

    @Test
    void startsOnAnExternalDatabaseWithAStrongAdministratorPassword() {
        try (ConfigurableApplicationContext prod = startProd(
                "--spring.datasource.url=" + EmbeddedPostgresServer.newTestDatabase(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--camunda.bpm.admin-user.id=chief", "--camunda.bpm.admin-user.password=Str0ng-Passw0rd!")) {
            IdentityService identity = prod.getBean(IdentityService.class);
            assertThat(identity.checkPassword("chief", "Str0ng-Passw0rd!")).isTrue();
            assertThat(identity.createUserQuery().userId("officer.10").count()).isZero();
            assertThat(prod.getEnvironment().getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie"))
                    .isEqualTo("true");
            assertThat(prod.getEnvironment().getProperty("camunda.bpm.webapp.header-security.hsts-disabled"))
                    .isEqualTo("false");
            // no API documentation in production, not even for a signed-in administrator
            Api api = new Api(Integer.parseInt(prod.getEnvironment().getProperty("local.server.port")));
            for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
                assertThat(api.get(path, null, null).statusCode()).as(path).isEqualTo(404);
                assertThat(api.get(path, "chief", "Str0ng-Passw0rd!").statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    private static ConfigurableApplicationContext startProd(String... args) {
        // An engine of its own name and no webapps: Camunda keeps both in static registries, and the
        // shared test context's "default" engine and webapps must stay registered.
        return new SpringApplicationBuilder(MoralOrganisationApplication.class)
                .profiles("prod")
                .properties("server.port=0", "camunda.bpm.process-engine-name=prodcheck",
                        "camunda.bpm.job-execution.enabled=false", "camunda.bpm.webapp.enabled=false")
                .run(args);
    }
}
