package th.moralorg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run keeps its data: what one run wrote, the next run reads. */
class EmbeddedPostgresServerTests {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedPostgres first = EmbeddedPostgresServer.persistent(dataDirectory, port);
                Connection c = first.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('องค์กรคุณธรรม')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.persistent(dataDirectory, port);
                Connection c = second.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("องค์กรคุณธรรม");
        }
    }
}
