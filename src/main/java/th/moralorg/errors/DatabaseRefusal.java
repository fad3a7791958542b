package th.moralorg.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.transaction.TransactionSystemException;

/**
 * Why PostgreSQL did not do what a request needed, when the request is not at fault: the server
 * cannot be reached (restarting, failing over, no connection free) or it refuses writes (read-only,
 * disk full). Either way the request's transaction did not commit; people are told so in Thai
 * and asked to try again, with 503 rather than a 500 that reads like a bug.
 */
enum DatabaseRefusal {

    UNREACHABLE("DatabaseUnavailable",
            "ระบบฐานข้อมูลไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่"),
    REFUSES_WRITES("DatabaseRefusesWrites",
            "ขณะนี้ระบบไม่สามารถบันทึกข้อมูลได้ชั่วคราว สิ่งที่ส่งมาครั้งนี้ยังไม่ได้บันทึก"
                    + " กรุณาลองใหม่ภายหลัง หากยังไม่ได้ กรุณาแจ้งผู้ดูแลระบบ");

    /** Seconds after which a caller may try again (Retry-After). */
    static final int RETRY_AFTER_SECONDS = 30;

    private final String type;
    private final String thaiMessage;

    DatabaseRefusal(String type, String thaiMessage) {
        this.type = type;
        this.thaiMessage = thaiMessage;
    }

    /** The error's type in Camunda's error shape. */
    String type() {
        return type;
    }

    String thaiMessage() {
        return thaiMessage;
    }

    /** The refusal somewhere in the error's causes (JDBC, Spring, MyBatis and the engine wrap it), if any. */
    static Optional<DatabaseRefusal> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return Optional.of(UNREACHABLE);
            }
            // a rollback that failed on the broken connection hides why it rolled back
            if (t instanceof TransactionSystemException failed && failed.getApplicationException() != null
                    && failed.getApplicationException() != error) {
                Optional<DatabaseRefusal> refusal = of(failed.getApplicationException());
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            // HikariCP's stand-in for a connection it threw away after a connection error
            if (t instanceof SQLException closed && closed.getSQLState() == null
                    && "Connection is closed".equals(closed.getMessage())) {
                return Optional.of(UNREACHABLE);
            }
            // a batch's SQLException carries the server's error as its next exception
            for (SQLException sql = t instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                Optional<DatabaseRefusal> refusal = ofState(sql.getSQLState());
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * PostgreSQL's error codes: class 08 connection lost or refused; 57P01-57P03 the server shutting
     * down, crashed or starting; 53300 no connection slot free; 25006 a write in a read-only
     * transaction (a read-only server or default_transaction_read_only); 53100 disk full.
     */
    static Optional<DatabaseRefusal> ofState(String state) {
        if (state == null) {
            return Optional.empty();
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")) {
            return Optional.of(UNREACHABLE);
        }
        if (state.equals("25006") || state.equals("53100")) {
            return Optional.of(REFUSES_WRITES);
        }
        return Optional.empty();
    }
}
