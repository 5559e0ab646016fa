package io.corridor.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much each benchmark does. {@code full} is ./corridor bench; {@code tiny} is the run of the
 * end-to-end suite, which only proves every benchmark works and never looks at the numbers.
 *
 * @param searchSizes documents seeded before each search measurement (the curve's points)
 * @param ingestCopies uploads of each corpus document rendered as PDF (each copy is a distinct file)
 * @param aliases generated aliases seeded for mention detection (two per generated actor)
 * @param relations generated relations among the generated actors, for networks
 * @param importRows observations (year cells) in the generated World Bank bulk CSV
 */
public record Scale(String name, Duration warmup, Duration duration, int concurrency, List<Integer> searchSizes,
        int ingestCopies, int aliases, int relations, int importRows) {

    public static final Scale FULL = new Scale("full", Duration.ofSeconds(5), Duration.ofSeconds(20), 8,
            List.of(1_000, 10_000, 100_000), 24, 100_000, 100_000, 1_000_000);
    public static final Scale TINY = new Scale("tiny", Duration.ofMillis(200), Duration.ofSeconds(1), 2,
            List.of(10, 20), 1, 200, 200, 2_000);

    public static Scale named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "tiny" -> TINY;
            default -> throw new IllegalArgumentException("scale must be full or tiny, not " + name);
        };
    }
}
