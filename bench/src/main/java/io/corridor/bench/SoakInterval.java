package io.corridor.bench;

import java.util.Map;

/**
 * One point of the soak's time line: what happened during the interval that ends {@code atSeconds}
 * after the start (calls, failures, throughput, latency percentiles of every timed call) and the
 * memory of each component at its end, in MiB.
 */
public record SoakInterval(double atSeconds, boolean warmingUp, long operations, long errors, double throughput,
        double p50Ms, double p95Ms, double p99Ms, double maxMs, long eventsReceived, Map<String, Double> memoryMiB) {
}
