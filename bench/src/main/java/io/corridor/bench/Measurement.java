package io.corridor.bench;

import org.HdrHistogram.Histogram;

/** What one side of a figure measured: how many operations, how fast, and the latency percentiles. */
public record Measurement(String label, long operations, long errors, int concurrency, double seconds,
        double throughput, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    static Measurement of(String label, Histogram latenciesMicros, long errors, int concurrency, double seconds) {
        long ops = latenciesMicros.getTotalCount();
        return new Measurement(label, ops, errors, concurrency, seconds, seconds > 0 ? ops / seconds : 0,
                latenciesMicros.getValueAtPercentile(50) / 1000.0, latenciesMicros.getValueAtPercentile(95) / 1000.0,
                latenciesMicros.getValueAtPercentile(99) / 1000.0, latenciesMicros.getMaxValue() / 1000.0);
    }

    /** A measurement of a single quantity that is not a latency (memory, start-up time). */
    static Measurement value(String label, double value) {
        return new Measurement(label, 1, 0, 1, 0, value, value, value, value, value);
    }
}
