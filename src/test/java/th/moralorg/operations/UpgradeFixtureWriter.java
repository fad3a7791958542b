package th.moralorg.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.context.ConfigurableApplicationContext;

import th.moralorg.organisationcase.CasesAtEveryStage;
import th.moralorg.support.EmbeddedPostgresServer;
import th.moralorg.support.Nodes;
import th.moralorg.support.PostgresTools;

/**
 * Writes the upgrade fixture of a release: the demo data and cases at every stage with their
 * files, made by this release's code and Flyway scripts, as a pg_dump. Run on the release's own
 * commit, only when asked (docs/operations.md, "Upgrading"):
 * {@code mvn test -Dtest=UpgradeFixtureWriter -Dupgrade.fixture=/tmp/moralorg-<commit>.dump}.
 */
@EnabledIfSystemProperty(named = "upgrade.fixture", matches = ".+")
class UpgradeFixtureWriter {

    @Test
    void writeTheFixture() throws Exception {
        PostgresTools tools = PostgresTools.required();
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String database = EmbeddedPostgresServer.newTestDatabase();
        ConfigurableApplicationContext node = Nodes.start("fixture", database, true, List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
        try {
            CasesAtEveryStage.create(node);
        } finally {
            node.close();
            mail.stop();
        }
        Path file = Path.of(System.getProperty("upgrade.fixture"));
        tools.dump(database, file);
        System.out.printf("Upgrade fixture: %s, %d KB%n", file, Files.size(file) / 1024);
    }
}
