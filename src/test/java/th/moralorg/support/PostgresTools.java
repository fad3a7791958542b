package th.moralorg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL's own pg_dump and pg_restore, run as an operator runs them (docs/operations.md,
 * "Backups"). The embedded server's bundle has only the server, so these come from the machine's
 * PostgreSQL client (Debian: postgresql-client): version 15 or later, as new as the server (14)
 * for pg_dump and able to read the upgrade fixture, which pg_dump 15 wrote. Where they
 * are missing the backup tests are skipped with a note, unless MORALORG_BACKUP_TESTS=required
 * (CI, .ci/run), where that fails the run.
 */
public final class PostgresTools {

    private static final int MIN_MAJOR = 15;

    private final Path bin;

    private PostgresTools(Path bin) {
        this.bin = bin;
    }

    /** The tools, or the test skipped (failed where they are required) when the machine lacks them. */
    public static PostgresTools required() {
        Optional<Path> bin = find();
        if (bin.isEmpty()) {
            String note = "pg_dump and pg_restore " + MIN_MAJOR + " or later not found (install postgresql-client)";
            if ("required".equals(System.getenv("MORALORG_BACKUP_TESTS"))) {
                throw new IllegalStateException(note);
            }
            Assumptions.abort(note);
        }
        return new PostgresTools(bin.get());
    }

    /** {@code pg_dump --format=custom} of the database at the JDBC URL into {@code file}. */
    public void dump(String jdbcUrl, Path file) {
        run(List.of("pg_dump", "--format=custom", "--file=" + file, "--dbname=" + connection(jdbcUrl)));
    }

    /** The same, of the snapshot a transaction still open exported ({@code pg_export_snapshot()}). */
    public void dumpAt(String jdbcUrl, String snapshot, Path file) {
        run(List.of("pg_dump", "--format=custom", "--snapshot=" + snapshot, "--file=" + file,
                "--dbname=" + connection(jdbcUrl)));
    }

    /** {@code pg_restore} of a custom-format dump into the (empty) database at the JDBC URL; stops at the first error. */
    public void restore(Path file, String jdbcUrl) {
        run(List.of("pg_restore", "--exit-on-error", "--no-owner", "--dbname=" + connection(jdbcUrl),
                file.toString()));
    }

    public String version() {
        return run(List.of("pg_dump", "--version")).strip();
    }

    private String run(List<String> command) {
        List<String> line = new ArrayList<>(command);
        line.set(0, bin.resolve(command.get(0)).toString());
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** jdbc:postgresql://host:port/name?user=… as libpq's postgresql://user:password@host:port/name. */
    private static String connection(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "postgresql://postgres:postgres@" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    }

    /** The folder of a pg_dump of a new enough version: on the PATH, else Debian's newest /usr/lib/postgresql/N/bin. */
    private static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore")))
                .filter(dir -> major(new PostgresTools(dir)) >= MIN_MAJOR)
                .findFirst();
    }

    private static int major(PostgresTools tools) {
        Matcher m = Pattern.compile("(\\d+)\\.").matcher(tools.version());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
