package th.moralorg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

import th.moralorg.support.CaughtMail;
import th.moralorg.support.EmbeddedPostgresServer;

/**
 * The README's run command ({@code mvn spring-boot:test-run}): the whole system with zero setup.
 * PostgreSQL runs embedded with its data under {@code .local-data/} (git-ignored, kept across
 * restarts), GreenMail catches every mail (readable at /dev/mail), and the demo profile adds the
 * demo users.
 */
public final class LocalRun {

    static final int DATABASE_PORT = Integer.getInteger("local.db.port", 54329);
    static final int SMTP_PORT = Integer.getInteger("local.smtp.port", 2525);

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(".local-data", "postgres");
        stopServerLeftRunning(dataDirectory);
        requireFree(DATABASE_PORT, "PostgreSQL", "local.db.port");
        requireFree(SMTP_PORT, "SMTP", "local.smtp.port");
        EmbeddedPostgres postgres = EmbeddedPostgresServer.persistent(dataDirectory, DATABASE_PORT);
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        CaughtMail.use(mail);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            try {
                postgres.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }));
        System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("spring.datasource.username", "postgres");
        System.setProperty("spring.datasource.password", "postgres");
        // zonky stops the server from its own shutdown hook: let the engine give up on it quickly
        System.setProperty("spring.datasource.hikari.connection-timeout", "2000");
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", Integer.toString(SMTP_PORT));
        SpringApplication.from(MoralOrganisationApplication::main).withAdditionalProfiles("demo").run(args);
    }

    /** A run killed hard leaves its database server behind; stop it rather than talk to it. */
    private static void stopServerLeftRunning(Path dataDirectory) throws Exception {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> server = ProcessHandle.of(pid);
        if (server.isPresent() && server.get().isAlive()) {
            System.out.println("Stopping the database server left running by an earlier local run (pid " + pid + ")");
            server.get().destroy();
            server.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static void requireFree(int port, String what, String property) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for the local " + what + " is in use: is another "
                    + "local run still going? Stop it, or choose another port with -D" + property + "=...", e);
        }
    }
}
