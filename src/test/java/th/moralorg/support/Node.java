package th.moralorg.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import th.moralorg.MoralOrganisationApplication;

/**
 * A node of the real application (profile "demo") started by a test on a database of its own, as
 * an operator starts one: its own ports, engine name and no webapps. Camunda keeps engines and
 * webapps in static registries, where the shared test context's "default" engine and webapps must
 * stay. Not an {@code @IntegrationTest}: that context keeps its database.
 */
public final class Node {

    private Node() {
    }

    /**
     * Starts a node named {@code name} (its engine's name) on the JDBC URL {@code database};
     * {@code arguments} add to or override the defaults. With {@code setUpLogging} false the node
     * leaves Logback as it is: set up from two threads at once, it would attach its appenders twice.
     */
    public static ConfigurableApplicationContext start(String name, String database, boolean setUpLogging,
            String... arguments) {
        SpringApplication node = new SpringApplicationBuilder(MoralOrganisationApplication.class).profiles("demo")
                .build();
        if (!setUpLogging) {
            node.setListeners(node.getListeners().stream()
                    .filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        }
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--server.port=0", "--management.server.port=0",
                "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.webapp.enabled=false"));
        all.addAll(List.of(arguments));
        return node.run(all.toArray(String[]::new));
    }

    /** The node's HTTP port. */
    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
