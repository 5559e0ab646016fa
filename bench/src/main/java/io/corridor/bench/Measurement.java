package io.corridor.bench;

import org.HdrHistogram.Histogram;

/**
 * What one side of a figure measured: how many operations, how fast, and the latency percentiles.
 * {@code throughput} is in the figure's unit per second: operations, or the pages, bytes or rows
 * the operations handled ({@code units}).
 */
public record Measurement(String label, long operations, long errors, int concurrency, double seconds,
        double throughput, double p50Ms, double p95Ms, double p99Ms, double maxMs, long units) {

    static Measurement of(String label, Histogram latenciesMicros, long errors, int concurrency, double seconds) {
        return of(label, latenciesMicros, errors, concurrency, seconds, latenciesMicros.getTotalCount());
    }

    static Measurement of(String label, Histogram latenciesMicros, long errors, int concurrency, double seconds,
            long units) {
        long ops = latenciesMicros.getTotalCount();
        return new Measurement(label, ops, errors, concurrency, seconds, seconds > 0 ? units / seconds : 0,
                latenciesMicros.getValueAtPercentile(50) / 1000.0, latenciesMicros.getValueAtPercentile(95) / 1000.0,
                latenciesMicros.getValueAtPercentile(99) / 1000.0, latenciesMicros.getMaxValue() / 1000.0, units);
    }

    /** A measurement of a single quantity that is not a latency (memory, start-up time). */
    static Measurement value(String label, double value) {
        return new Measurement(label, 1, 0, 1, 0, value, value, value, value, value, 1);
    }

    /** The same measurement with its work counted in megabytes (10^6 bytes) rather than bytes. */
    Measurement inMegabytes() {
        return new Measurement(label, operations, errors, concurrency, seconds, throughput / 1e6, p50Ms, p95Ms, p99Ms,
                maxMs, units);
    }
}
