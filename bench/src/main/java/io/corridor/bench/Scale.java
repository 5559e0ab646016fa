package io.corridor.bench;

import java.time.Duration;

/**
 * How much each benchmark does. {@code full} is ./corridor bench; {@code tiny} is the run of the
 * end-to-end suite, which only proves every benchmark works and never looks at the numbers.
 */
public record Scale(String name, Duration warmup, Duration duration, int concurrency, int documents) {

    public static final Scale FULL = new Scale("full", Duration.ofSeconds(5), Duration.ofSeconds(20), 8, 100_000);
    public static final Scale TINY = new Scale("tiny", Duration.ofMillis(200), Duration.ofSeconds(1), 2, 20);

    public static Scale named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "tiny" -> TINY;
            default -> throw new IllegalArgumentException("scale must be full or tiny, not " + name);
        };
    }
}
