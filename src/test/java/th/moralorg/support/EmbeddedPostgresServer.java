package th.moralorg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server run from the zonky binaries: no installation, no Docker. The tests
 * share one throw-away server per JVM; the local run keeps its data in a folder of its own.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres forTests;
    private static int databases;
    private static final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database on the tests' shared server for a test context; returns its JDBC URL. */
    public static synchronized String newTestDatabase(ConfigurableApplicationContext context) {
        contexts.add(context);
        return newTestDatabase();
    }

    /** A new, empty database on the tests' shared server; returns its JDBC URL. */
    public static synchronized String newTestDatabase() {
        try {
            if (forTests == null) {
                forTests = EmbeddedPostgres.builder().start();
            }
            String name = "test_" + (++databases);
            try (Connection c = forTests.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            return forTests.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection to a database of the tests' server, by its JDBC URL. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    /** A server whose data survives restarts, kept in {@code dataDirectory}. */
    public static EmbeddedPostgres persistent(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    /**
     * Closes the test contexts, then the server, when the test run ends (TestRunEnd). Left to
     * JVM shutdown hooks, the server could stop before the engines that still need it, which
     * stalls the JVM's exit by half a minute.
     */
    static synchronized void stopAfterTests() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        contexts.clear();
        if (forTests != null) {
            try {
                forTests.close();
            } catch (IOException ignored) {
                // the JVM is going down anyway
            }
            forTests = null;
        }
    }
}
