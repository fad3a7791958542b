package th.moralorg.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses (as a proxy passes them in X-Forwarded-For) that no other test of the run
 * uses: the rate limits count per address and window, and tests that move the clock to the start
 * of the next window share that window, so two tests drawing the same address at random met each
 * other's count. From the upper half of the benchmarking range 198.18.0.0/15 (RFC 2544), which no test writes out.
 */
public final class ClientAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private ClientAddresses() {
    }

    public static String unique() {
        int n = NEXT.getAndIncrement();
        return "198.19." + (n / 250) + "." + (n % 250 + 1);
    }
}
