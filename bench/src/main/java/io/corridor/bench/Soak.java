package io.corridor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import io.corridor.demo.Api;

/**
 * {@code ./corridor soak [minutes]} (issue #11): a mixed workload of readers and annotators through the
 * gateway for a set time ({@link SoakWorkload}), a point every interval (throughput, failures,
 * latency percentiles, memory of every component) and a report with the error rate and the memory
 * verdict. It reports; it never fails on a time or a size.
 *
 * <pre>Soak minutes gateway issuer document-service actor-service remittance-service jdbc-base state-dir corpus results-dir</pre>
 */
public final class Soak {

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 10) {
            System.err.println("usage: Soak <minutes> <gateway> <issuer> <document-service> <actor-service> "
                    + "<remittance-service> <jdbc-base> <state-dir> <corpus-dir> <results-dir>");
            System.exit(2);
        }
        double minutes = Double.parseDouble(args[0]);
        if (!(minutes > 0)) {
            System.err.println("minutes must be more than 0, not " + args[0]);
            System.exit(2);
        }
        Target target = new Target(args[1], args[2], args[3], args[4], args[5], args[6], Path.of(args[7]),
                Path.of(args[8]), new Api(args[1], args[2], "curator"));
        SoakSettings settings = SoakSettings.of(Duration.ofSeconds(Math.round(minutes * 60)), System.getenv());
        SoakReport report = run(target, settings);
        Path results = Path.of(args[9]);
        report.write(results);
        System.out.printf(java.util.Locale.ROOT, "[soak] %d calls, %d failed (%.3f %%); results in %s%n",
                report.operations(), report.errors(), 100 * report.errorRate(), results.toAbsolutePath().resolve("soak.md"));
    }

    /**
     * Seeds the annotators' document, runs the workload for the settings' duration and answers what it
     * measured; the document is deleted afterwards with everything written on it.
     */
    public static SoakReport run(Target target, SoakSettings settings) throws Exception {
        StackMemory memory = new StackMemory(target.stateDir());
        List<SoakInterval> intervals = new ArrayList<>();
        String loadBefore = loadAverage();
        try (AnnotatedDocument document = AnnotatedDocument.seed(target, 11)) {
            List<Long> documents = new ArrayList<>(SoakWorkload.visibleDocuments(target));
            if (!documents.contains(document.id)) {
                documents.add(document.id);
            }
            System.out.printf("[soak] %d readers, %d annotators, %d streams on %d documents for %d s (point every %d s)%n",
                    settings.readers(), settings.annotators(), settings.streams(), documents.size(),
                    settings.duration().toSeconds(), settings.interval().toSeconds());
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            intervals.add(new SoakInterval(0, true, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
                    memory.sample()));
            SoakWorkload workload = new SoakWorkload(target, settings, document, documents);
            List<SoakKind> kinds;
            try {
                workload.start();
                long end = t0 + settings.duration().toNanos();
                long last = t0;
                while (System.nanoTime() < end) {
                    long next = Math.min(end, last + settings.interval().toNanos());
                    Thread.sleep(Duration.ofNanos(Math.max(0, next - System.nanoTime())));
                    long now = System.nanoTime();
                    intervals.add(point(workload.interval(), (now - t0) / 1e9, (now - last) / 1e9, settings, memory));
                    last = now;
                    SoakInterval p = intervals.getLast();
                    System.out.printf(java.util.Locale.ROOT, "[soak] %5.0f s: %6.1f calls/s, %d errors, p95 %.1f ms, %s%n",
                            p.atSeconds(), p.throughput(), p.errors(), p.p95Ms(), rounded(p.memoryMiB()));
                }
            } finally {
                workload.close();
            }
            kinds = workload.summary();
            // failures of the annotators' last cycles (finished after the last point) are counted in kinds
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, String> machine = new LinkedHashMap<>();
            machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
            machine.put("java", System.getProperty("java.version"));
            machine.put("load average (1, 5, 15 min) before", loadBefore);
            machine.put("load average (1, 5, 15 min) after", loadAverage());
            return new SoakReport(settings, started, seconds, intervals, kinds, workload.errorSamples(), machine);
        }
    }

    private static SoakInterval point(SoakWorkload.Snapshot s, double at, double length, SoakSettings settings,
            StackMemory memory) {
        Histogram h = s.latencies();
        long ops = h.getTotalCount();
        boolean warming = at <= settings.warmup().toSeconds() + 1;
        return new SoakInterval(at, warming, ops, s.errors(), length > 0 ? ops / length : 0,
                ops == 0 ? Double.NaN : h.getValueAtPercentile(50) / 1000.0,
                ops == 0 ? Double.NaN : h.getValueAtPercentile(95) / 1000.0,
                ops == 0 ? Double.NaN : h.getValueAtPercentile(99) / 1000.0,
                ops == 0 ? Double.NaN : h.getMaxValue() / 1000.0, s.events(), memory.sample());
    }

    private static String rounded(Map<String, Double> mib) {
        StringBuilder s = new StringBuilder();
        mib.forEach((k, v) -> s.append(k).append(' ').append(Math.round(v)).append(" MiB, "));
        return s.isEmpty() ? "no memory read" : s.substring(0, s.length() - 2);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
