package th.moralorg.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts per key (a client address, a user id) and fixed window, kept in PostgreSQL so that every
 * node sees the same count and no node's memory grows with the number of callers. Windows are
 * aligned on the epoch: a window of 15 minutes runs 10:00–10:15, 10:15–10:30, …
 */
@Component
public class RequestCounts {

    public enum Scope { PUBLIC_FORM, PUBLIC_READ, LOGIN_ADDRESS, LOGIN_ACCOUNT }

    /** The count in the current window and when that window ends. */
    public record Window(int count, Instant end) {

        /** Whole seconds until the window ends, at least 1 (for Retry-After). */
        public long secondsLeft(Clock clock) {
            return Math.max(1, (end.toEpochMilli() - clock.millis() + 999) / 1000);
        }
    }

    private static final int MAX_KEY = 100;
    private static final long TIDY_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong lastTidy = new AtomicLong();

    RequestCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one more for {@code key} in the current window and answers the new count. */
    public Window increment(Scope scope, String key, Duration window) {
        Instant now = clock.instant();
        tidy(now);
        Instant start = start(now, window);
        Instant end = start.plus(window);
        int count = jdbc.sql("""
                insert into mo.request_count (scope, counted_key, window_start, window_end, count)
                values (?, ?, ?, ?, 1)
                on conflict (scope, counted_key, window_start) do update set count = request_count.count + 1
                returning count""")
                .params(scope.name(), bounded(key), Timestamp.from(start), Timestamp.from(end))
                .query(Integer.class).single();
        return new Window(count, end);
    }

    /** Takes back one count of {@code key} in the window {@link #increment} counted it in. */
    public void takeBack(Scope scope, String key, Window counted) {
        jdbc.sql("""
                update mo.request_count set count = count - 1
                where scope = ? and counted_key = ? and window_end = ? and count > 0""")
                .params(scope.name(), bounded(key), Timestamp.from(counted.end())).update();
    }

    /** The count for {@code key} in the current window, without counting. */
    public Window current(Scope scope, String key, Duration window) {
        Instant start = start(clock.instant(), window);
        int count = jdbc.sql("select count from mo.request_count where scope = ? and counted_key = ? and window_start = ?")
                .params(scope.name(), bounded(key), Timestamp.from(start)).query(Integer.class).optional().orElse(0);
        return new Window(count, start.plus(window));
    }

    /**
     * The caller's address as Tomcat sees it (behind a trusted proxy, the one it forwards:
     * docs/operations.md). An IPv6 client is counted by its /64, the block one subscriber holds,
     * so that walking through its own addresses gives no new allowance.
     */
    public static String clientAddress(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            // a literal address: no name lookup
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static Instant start(Instant now, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / size * size);
    }

    private static String bounded(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** At most once a minute per node, the rows of ended windows go. */
    private void tidy(Instant now) {
        long last = lastTidy.get();
        if (now.toEpochMilli() - last >= TIDY_EVERY_MILLIS && lastTidy.compareAndSet(last, now.toEpochMilli())) {
            jdbc.sql("delete from mo.request_count where window_end < ?").param(Timestamp.from(now)).update();
        }
    }
}
