package th.moralorg.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one database set it up one at a time. Camunda creates its tables
 * ({@code schema-update}) without a lock of its own, and the start-up runners (models, groups,
 * tenants, grants, filters, the local run's demo data) check what is there and then write: two
 * nodes starting at once on an empty database would both create, and one would fail on a duplicate
 * key (or leave a second filter). So the first use of the database takes a PostgreSQL advisory lock
 * (session level, on a connection kept for it), before Flyway and the engine touch the database,
 * and gives it back once every start-up runner has returned (readiness turns ready at the same
 * moment) or the start fails. A second node waits for it, then finds everything in place and
 * writes nothing. A node that dies while holding it loses its connection, and with it the lock.
 */
@Component
class StartUpLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    /** "moralorg" in ASCII: one lock per database, whatever else takes advisory locks there. */
    static final long KEY = 0x6d6f72616c6f7267L;
    private static final Logger log = LoggerFactory.getLogger(StartUpLock.class);

    private Connection held;
    private boolean taken;

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !taken) {
            taken = true;
            held = acquire(dataSource);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    private static Connection acquire(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                log.info("Another node is setting up this database: waiting for it to finish");
                try (Statement s = connection.createStatement()) {
                    // returns once this session holds the lock
                    s.execute("select pg_advisory_lock(" + KEY + ")");
                }
            }
            return connection;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the start fails anyway, with the first error
                }
            }
            throw new IllegalStateException("Cannot take the start-up lock on the database", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    private synchronized void release() {
        Connection connection = held;
        held = null;
        if (connection == null) {
            return;
        }
        try (connection; Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // the session holding the lock must end, not go back to the pool still holding it
            log.warn("Start-up lock not given back ({}): closing its connection", e.toString());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the connection is gone, and the lock with its session
            }
        }
    }
}
