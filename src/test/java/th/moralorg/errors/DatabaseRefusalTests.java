package th.moralorg.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database's, as the 503 answers tell them apart from bugs and bad input. */
class DatabaseRefusalTests {

    @Test
    void theServerAwayIsUnreachable() {
        // the pool's wait for a connection running out, as Spring reports it at a transaction's start
        assertThat(DatabaseRefusal.of(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).hasValue(
                DatabaseRefusal.UNREACHABLE);
        assertThat(DatabaseRefusal.of(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .hasValue(DatabaseRefusal.UNREACHABLE);
        assertThat(DatabaseRefusal.of(new SQLException("I/O error", "08006"))).hasValue(DatabaseRefusal.UNREACHABLE);
        // what the pool hands on once it has thrown a broken connection away
        assertThat(DatabaseRefusal.of(new SQLException("Connection is closed"))).hasValue(DatabaseRefusal.UNREACHABLE);
    }

    @Test
    void aRollbackThatFailedOnTheBrokenConnectionTellsWhyItRolledBack() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("rollback failed"));
        rollback.initApplicationException(new SQLException("I/O error", "08006"));
        assertThat(DatabaseRefusal.of(rollback)).hasValue(DatabaseRefusal.UNREACHABLE);
    }

    @Test
    void aReadOnlyOrFullDatabaseRefusesWrites() {
        assertThat(DatabaseRefusal.of(new UncategorizedSQLException("insert", "insert …",
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"))))
                .hasValue(DatabaseRefusal.REFUSES_WRITES);
        SQLException batch = new BatchUpdateException("batch failed", (String) null, new int[0]);
        batch.setNextException(new SQLException("could not extend file: No space left on device", "53100"));
        assertThat(DatabaseRefusal.of(new RuntimeException(batch))).hasValue(DatabaseRefusal.REFUSES_WRITES);
    }

    @Test
    void everythingElseIsNot() {
        assertThat(DatabaseRefusal.of(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isEmpty();
        assertThat(DatabaseRefusal.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseRefusal.of(new SQLException("no state"))).isEmpty();
    }
}
