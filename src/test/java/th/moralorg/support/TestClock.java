package th.moralorg.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests and the local run: real time, which a test may move forward
 * ({@link #advance}) and must put back ({@link #reset}) when done.
 */
@Component
@Primary
public class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** Moves the clock so that it reads {@code at} now. */
    public void set(Instant at) {
        offset.set(Duration.between(Instant.now(), at));
    }

    /**
     * Moves the clock to a second after the next start of a {@code window}-long window counted from
     * the epoch, as web.RequestCounts aligns its rate-limit windows: a test that fills a window then
     * has the whole of one, and cannot see it roll over halfway. Put back with {@link #reset}.
     */
    public void toStartOfNextWindow(Duration window) {
        long size = window.toMillis();
        set(Instant.ofEpochMilli((millis() / size + 1) * size + 1_000));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }
}
