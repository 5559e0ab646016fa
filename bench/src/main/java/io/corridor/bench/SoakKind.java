package io.corridor.bench;

/**
 * One kind of call of the soak over the whole run: calls that succeeded (timed), failures, and their
 * latency percentiles. For {@code events.received}, messages read on the open streams, without latency.
 */
public record SoakKind(String kind, long operations, long errors, double p50Ms, double p95Ms, double p99Ms,
        double maxMs) {
}
