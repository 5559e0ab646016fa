package io.corridor.bench;

import java.time.Duration;
import java.util.Map;

/**
 * How the soak runs: how many closed-loop readers and annotators, how many readers hold a document's
 * event stream open, for how long, how often a point is recorded, how long the warm-up is (memory
 * after it is the baseline of the verdict) and the pause of each worker between two calls.
 *
 * @param think pause of each worker between two calls: a team clicks, it does not hammer; it also keeps
 *     the tiny run under the end-to-end stack's rate limits
 * @param growthTolerance resident memory may grow this fraction over its value after the warm-up and
 *     still count as "no growth once warm"
 */
public record SoakSettings(int readers, int annotators, int streams, Duration duration, Duration interval,
        Duration warmup, Duration think, double growthTolerance) {

    /** Default mix of {@code ./corridor soak}: 8 readers, 3 annotators, 3 open event streams, 50 ms pauses. */
    public static SoakSettings of(Duration duration, Map<String, String> env) {
        Duration interval = Duration.ofSeconds(intOf(env, "CORRIDOR_SOAK_INTERVAL",
                (int) Math.max(5, Math.min(30, duration.toSeconds() / 20))));
        // memory is compared from the end of the warm-up: a fifth of the run, at most 2 minutes
        Duration warmup = Duration.ofSeconds(intOf(env, "CORRIDOR_SOAK_WARMUP",
                (int) Math.min(120, Math.max(interval.toSeconds(), duration.toSeconds() / 5))));
        return new SoakSettings(intOf(env, "CORRIDOR_SOAK_READERS", 8), intOf(env, "CORRIDOR_SOAK_ANNOTATORS", 3),
                intOf(env, "CORRIDOR_SOAK_STREAMS", 3), duration, interval, warmup,
                Duration.ofMillis(intOf(env, "CORRIDOR_SOAK_THINK_MS", 50)), 0.10);
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.trim());
        if (parsed < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, not " + value);
        }
        return parsed;
    }
}
