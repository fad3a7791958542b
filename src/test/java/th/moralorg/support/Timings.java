package th.moralorg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * How long a call takes, as the benchmarks measure it: after warm-up calls, timed runs until
 * {@code maxRuns} or the time budget is spent (never fewer than {@code minRuns}), their median and
 * 95th percentile. {@link #record} keeps the figure for {@code bench/suite}'s one table
 * (docs/benchmarks.md, "The suite").
 */
public record Timings(int runs, double p50Millis, double p95Millis) {

    /** One line per figure: benchmark, volume, figure, p50 ms, p95 ms, bound ms (tab-separated). */
    public static final Path FIGURES = Path.of("target", "benchmarks", "figures.tsv");

    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    public static Timings of(int warmups, int minRuns, int maxRuns, long budgetNanos, Call call) throws Exception {
        for (int warm = 0; warm < warmups; warm++) {
            call.run();
        }
        long[] nanos = new long[maxRuns];
        int runs = 0;
        long begin = System.nanoTime();
        while (runs < maxRuns && (runs < minRuns || System.nanoTime() - begin < budgetNanos)) {
            long t0 = System.nanoTime();
            call.run();
            nanos[runs++] = System.nanoTime() - t0;
        }
        long[] done = Arrays.copyOf(nanos, runs);
        Arrays.sort(done);
        return new Timings(runs, done[runs / 2] / 1e6, done[Math.min(runs - 1, runs * 95 / 100)] / 1e6);
    }

    /** A step timed once (a bulk step: its one run is its median and its 95th percentile). */
    public static Timings once(double millis) {
        return new Timings(1, millis, millis);
    }

    /** "| cells… | runs | p50 | p95 |", the benchmarks' Markdown row; tenths of a millisecond below 10 ms. */
    public String row(String... cells) {
        return "| " + String.join(" | ", cells) + " | " + runs + " | " + millis(p50Millis) + " | " + millis(p95Millis) + " |";
    }

    /** Appends the figure to {@link #FIGURES}, with the bound its p95 is held to (0 for none). */
    public Timings record(String benchmark, int volume, String figure, double boundMillis) {
        String line = String.join("\t", benchmark, Integer.toString(volume), figure.replace('\t', ' '),
                String.format("%.1f", p50Millis), String.format("%.1f", p95Millis), String.format("%.0f", boundMillis)) + "\n";
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(FIGURES, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String millis(double ms) {
        return ms < 10 ? String.format("%.1f ms", ms) : String.format("%.0f ms", ms);
    }
}
