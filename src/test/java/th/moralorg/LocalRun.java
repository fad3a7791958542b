package th.moralorg;

import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

import th.moralorg.support.EmbeddedPostgresServer;

/**
 * The README's run command ({@code mvn spring-boot:test-run}): the whole system with zero setup.
 * PostgreSQL runs embedded with its data under {@code .local-data/} (git-ignored, kept across
 * restarts), GreenMail catches every mail, and the demo profile adds the demo users.
 */
public final class LocalRun {

    static final int DATABASE_PORT = Integer.getInteger("local.db.port", 54329);
    static final int SMTP_PORT = Integer.getInteger("local.smtp.port", 2525);

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.persistent(Path.of(".local-data", "postgres"), DATABASE_PORT);
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
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
}
