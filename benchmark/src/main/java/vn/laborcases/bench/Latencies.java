package vn.laborcases.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/**
 * Latencies recorded by many threads, in nanoseconds with three significant digits, read back
 * in milliseconds. Anything slower than a minute is recorded as a minute.
 */
final class Latencies {

    private static final long HIGHEST = TimeUnit.MINUTES.toNanos(1);
    private static final double NANOS_PER_MS = 1_000_000.0;

    private final Histogram histogram = new ConcurrentHistogram(HIGHEST, 3);

    void record(long nanos) {
        histogram.recordValue(Math.max(0, Math.min(nanos, HIGHEST)));
    }

    /** Runs the call and records how long it took; answers what it answered. */
    <T> T time(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T answer = call.get();
        record(System.nanoTime() - start);
        return answer;
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The latency at that percentile (0-100), in milliseconds; NaN when nothing was recorded. */
    double percentileMs(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / NANOS_PER_MS;
    }

    double maxMs() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / NANOS_PER_MS;
    }

    double meanMs() {
        return count() == 0 ? Double.NaN : histogram.getMean() / NANOS_PER_MS;
    }
}
