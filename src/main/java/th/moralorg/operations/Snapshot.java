package th.moralorg.operations;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A reading of the database kept for a while: every scrape, health check and gauge within that
 * time shares one query, however often the load balancer and Prometheus ask. The first caller
 * after it ages reads anew; a reading that fails is not kept, so the next caller tries again.
 */
public final class Snapshot<T> {

    private final Duration maxAge;
    private final Supplier<T> read;
    private T value;
    private long readAt;

    private Snapshot(Duration maxAge, Supplier<T> read) {
        this.maxAge = maxAge;
        this.read = read;
    }

    public static <T> Snapshot<T> of(Duration maxAge, Supplier<T> read) {
        return new Snapshot<>(maxAge, read);
    }

    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt > maxAge.toNanos()) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
