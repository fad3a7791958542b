package th.moralorg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import th.moralorg.MoralOrganisationApplication;

/**
 * Application nodes of their own, as docs/operations.md deploys N of them on one database: for
 * tests that stop, start or break nodes, which the shared {@code @IntegrationTest} context must
 * never be (it keeps its database, ports, engine and mail server).
 */
public final class Nodes {

    private Nodes() {
    }

    /**
     * Starts a node (demo profile) on {@code jdbcUrl}, with an engine of its own name and no
     * webapps (Camunda keeps both in static registries, where the shared test context's "default"
     * engine and webapps must stay), random HTTP and management ports, and a job executor that
     * looks for due jobs every second at the latest.
     *
     * @param setsUpLogging false for all but one node started at the same moment: one Logback per
     *     JVM, set up from two threads at once, would attach its appenders twice
     * @param settings further {@code --name=value} arguments (mail server, limits, intervals)
     */
    public static ConfigurableApplicationContext start(String name, String jdbcUrl, boolean setsUpLogging,
            List<String> settings) {
        // Camunda ignores a name with a hyphen and names the engine "default": closing the node would
        // then take the shared test context's engine out of Camunda's registry
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("an engine name of letters, digits and _ only: " + name);
        }
        SpringApplication node = new SpringApplicationBuilder(MoralOrganisationApplication.class).profiles("demo").build();
        if (!setsUpLogging) {
            node.setListeners(node.getListeners().stream()
                    .filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        }
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--server.port=0", "--management.server.port=0",
                "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000"));
        args.addAll(settings);
        return node.run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    public static int managementPort(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.management.port"));
    }

    /** The node's engine name, as given to {@link #start}. */
    public static String name(ConfigurableApplicationContext node) {
        return node.getEnvironment().getProperty("camunda.bpm.process-engine-name");
    }

    /** A port nobody listens on now, for a server a test starts (and may restart on the same port). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
