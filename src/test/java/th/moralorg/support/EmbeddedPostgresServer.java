package th.moralorg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the zonky binaries: no installation, no Docker. The tests
 * share one throw-away server per JVM; the local run keeps its data in a folder of its own.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres forTests;
    private static int databases;

    private EmbeddedPostgresServer() {
    }

    /** A new, empty database on the tests' shared server; returns its JDBC URL. */
    public static synchronized String newTestDatabase() {
        try {
            if (forTests == null) {
                forTests = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::closeQuietly));
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

    /** A server whose data survives restarts, kept in {@code dataDirectory}. */
    public static EmbeddedPostgres persistent(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static void closeQuietly() {
        try {
            forTests.close();
        } catch (IOException ignored) {
            // the JVM is going down anyway
        }
    }
}
