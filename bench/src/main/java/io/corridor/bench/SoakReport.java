package io.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

import io.corridor.demo.Api;

/**
 * What a soak measured: the time line of intervals (the first, at 0 s, holds only the memory before
 * any load), each kind of call over the whole run, the first failures, and per component the memory
 * verdict. Written as soak.json (every number), soak.md (what people read) and soak.svg.
 */
public record SoakReport(SoakSettings settings, Instant started, double seconds, List<SoakInterval> intervals,
        List<SoakKind> kinds, List<String> errorSamples, Map<String, String> machine) {

    /** Every kind of call of the workload (and the events read), in its order. */
    public static final List<String> KINDS = SoakWorkload.allKinds();

    /** Error rate target of issue #11: below 0.1 % of calls. */
    public static final double ERROR_RATE_TARGET = 0.001;

    /**
     * Memory of one component: before the load, at the end of the warm-up, at the end, its peak, and
     * the least-squares slope of the points after the warm-up. "No growth once warm": the end is at most
     * {@code tolerance} above the value after the warm-up.
     */
    public record MemoryVerdict(String component, double startMiB, double warmMiB, double endMiB, double peakMiB,
            double growthMiB, double growthPercent, double slopeMiBPerMinute, boolean withinTolerance) {
    }

    public long operations() {
        return kinds.stream().filter(k -> !k.kind().equals(SoakWorkload.EVENTS))
                .mapToLong(k -> k.operations() + k.errors()).sum();
    }

    public long errors() {
        return kinds.stream().mapToLong(SoakKind::errors).sum();
    }

    public double errorRate() {
        long calls = operations();
        return calls == 0 ? 0 : (double) errors() / calls;
    }

    /** Failures over calls after the warm-up (from the intervals: the last cycles' are only in the totals). */
    public double errorRateOnceWarm() {
        long errors = intervals.stream().filter(i -> !i.warmingUp()).mapToLong(SoakInterval::errors).sum();
        long calls = intervals.stream().filter(i -> !i.warmingUp()).mapToLong(i -> i.operations() + i.errors()).sum();
        return calls == 0 ? 0 : (double) errors / calls;
    }

    public SoakKind kind(String name) {
        return kinds.stream().filter(k -> k.kind().equals(name)).findFirst().orElseThrow();
    }

    /** Every component that had a memory point, in the order sampled. */
    public List<String> components() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        intervals.forEach(i -> names.addAll(i.memoryMiB().keySet()));
        return List.copyOf(names);
    }

    /** The point at the end of the warm-up: the last one within it (the first point if the warm-up is shorter). */
    SoakInterval warmPoint() {
        SoakInterval warm = intervals.getFirst();
        for (SoakInterval i : intervals) {
            if (i.atSeconds() <= settings.warmup().toSeconds() + 1) {
                warm = i;
            }
        }
        return warm;
    }

    public List<MemoryVerdict> memory() {
        SoakInterval warm = warmPoint();
        List<MemoryVerdict> verdicts = new ArrayList<>();
        for (String c : components()) {
            double start = intervals.getFirst().memoryMiB().getOrDefault(c, Double.NaN);
            double warmMiB = warm.memoryMiB().getOrDefault(c, Double.NaN);
            double end = intervals.getLast().memoryMiB().getOrDefault(c, Double.NaN);
            double peak = intervals.stream().mapToDouble(i -> i.memoryMiB().getOrDefault(c, Double.NaN))
                    .filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
            double growth = end - warmMiB;
            verdicts.add(new MemoryVerdict(c, start, warmMiB, end, peak, growth, 100 * growth / warmMiB,
                    slope(c, warm.atSeconds()), growth <= settings.growthTolerance() * warmMiB));
        }
        return verdicts;
    }

    /** MiB per minute over the points from {@code from} on (least squares); NaN with fewer than 2 points. */
    private double slope(String component, double from) {
        List<double[]> xy = intervals.stream().filter(i -> i.atSeconds() >= from && i.memoryMiB().containsKey(component))
                .map(i -> new double[] { i.atSeconds() / 60, i.memoryMiB().get(component) }).toList();
        if (xy.size() < 2) {
            return Double.NaN;
        }
        double mx = xy.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = xy.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double num = xy.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum();
        double den = xy.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum();
        return den == 0 ? Double.NaN : num / den;
    }

    /** Lowest and highest interval p95 after the warm-up (all intervals if none is after it). */
    public double[] p95Range() {
        List<SoakInterval> after = intervals.stream().filter(i -> !i.warmingUp() && i.operations() > 0).toList();
        List<SoakInterval> points = after.isEmpty() ? intervals.stream().filter(i -> i.operations() > 0).toList() : after;
        return new double[] { points.stream().mapToDouble(SoakInterval::p95Ms).min().orElse(Double.NaN),
                points.stream().mapToDouble(SoakInterval::p95Ms).max().orElse(Double.NaN) };
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generated", Instant.now().toString());
        json.put("started", started.toString());
        json.put("seconds", seconds);
        json.put("settings", Map.of("readers", settings.readers(), "annotators", settings.annotators(), "streams",
                settings.streams(), "durationSeconds", settings.duration().toSeconds(), "intervalSeconds",
                settings.interval().toSeconds(), "warmupSeconds", settings.warmup().toSeconds(), "thinkMillis",
                settings.think().toMillis(), "growthTolerance", settings.growthTolerance()));
        json.put("machine", machine);
        json.put("operations", operations());
        json.put("errors", errors());
        json.put("errorRate", errorRate());
        json.put("errorRateOnceWarm", errorRateOnceWarm());
        json.put("errorRateTarget", ERROR_RATE_TARGET);
        json.put("p95RangeAfterWarmupMs", p95Range());
        json.put("kinds", kinds);
        json.put("memory", memory());
        json.put("intervals", intervals);
        json.put("errorSamples", errorSamples);
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("soak.json").toFile(), json);
        Files.writeString(dir.resolve("soak.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("soak.svg"), SoakChart.of(this), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Corridor soak: latest run\n\n");
        md.append(String.format(Locale.ROOT,
                "Started %s by `./corridor soak`, %.1f min: %d readers, %d annotators and %d open event streams through "
                        + "the gateway with real tokens, %d ms pause between calls, a point every %d s, warm-up %d s. "
                        + "Machine: %s.%n%n",
                started, seconds / 60, settings.readers(), settings.annotators(), settings.streams(),
                settings.think().toMillis(), settings.interval().toSeconds(), settings.warmup().toSeconds(), machine));
        double[] p95 = p95Range();
        md.append(String.format(Locale.ROOT,
                "- **Error rate: %s** (%d failed of %d calls; target below %s): %s.%n",
                percent(errorRate()), errors(), operations(), percent(ERROR_RATE_TARGET),
                errorRate() < ERROR_RATE_TARGET ? "met" : "**missed**"));
        md.append(String.format(Locale.ROOT, "- Error rate after the warm-up: %s.%n", percent(errorRateOnceWarm())));
        md.append(String.format(Locale.ROOT, "- p95 of every call per interval after the warm-up: %s to %s ms.%n",
                Report.fmt(p95[0]), Report.fmt(p95[1])));
        List<MemoryVerdict> memory = memory();
        long grown = memory.stream().filter(m -> !m.withinTolerance()).count();
        md.append(String.format(Locale.ROOT,
                "- Memory once warm: %s (tolerance: the end at most %.0f %% above the value after the warm-up).%n%n",
                grown == 0 ? "no growth beyond tolerance in any component"
                        : "**" + grown + " component(s) grew beyond tolerance**",
                100 * settings.growthTolerance()));
        md.append("![latency and memory over time](soak.svg)\n\n");
        md.append("## Calls\n\n| kind | calls | errors | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (SoakKind k : kinds) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", k.kind(), k.operations(),
                    k.errors(), Report.fmt(k.p50Ms()), Report.fmt(k.p95Ms()), Report.fmt(k.p99Ms()),
                    Report.fmt(k.maxMs())));
        }
        md.append("\n`events.received` counts the messages read on the open streams (no latency).\n\n");
        md.append("## Memory (MiB)\n\nRSS of each JVM's process group; PSS (shared pages divided among the processes "
                + "that share them) of PostgreSQL's postmaster and backends. Slope: least squares over the points "
                + "after the warm-up.\n\n| component | before load | after warm-up | end | peak | growth once warm "
                + "| slope MiB/min | within tolerance |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (MemoryVerdict m : memory) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %+.1f MiB (%+.1f %%) | %+.2f | %s |%n",
                    m.component(), m.startMiB(), m.warmMiB(), m.endMiB(), m.peakMiB(), m.growthMiB(),
                    m.growthPercent(), m.slopeMiBPerMinute(), m.withinTolerance() ? "yes" : "**no**"));
        }
        md.append("\n## Time line\n\n| t (s) | calls/s | errors | p50 ms | p95 ms | p99 ms | events |");
        List<String> components = components();
        components.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|").append(" --- |".repeat(7 + components.size())).append('\n');
        for (SoakInterval i : intervals) {
            md.append(String.format(Locale.ROOT, "| %.0f%s | %s | %d | %s | %s | %s | %d |", i.atSeconds(),
                    i.warmingUp() ? " (warm-up)" : "", Report.fmt(i.throughput()), i.errors(), Report.fmt(i.p50Ms()),
                    Report.fmt(i.p95Ms()), Report.fmt(i.p99Ms()), i.eventsReceived()));
            components.forEach(c -> md.append(String.format(Locale.ROOT, " %.0f |",
                    i.memoryMiB().getOrDefault(c, Double.NaN))));
            md.append('\n');
        }
        if (!errorSamples.isEmpty()) {
            md.append("\n## First failures\n\n");
            errorSamples.forEach(e -> md.append("- ").append(Report.cell(e)).append('\n'));
        }
        return md.toString();
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.3f %%", 100 * fraction);
    }
}
