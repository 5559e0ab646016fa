package io.corridor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import io.corridor.demo.Api;

/**
 * Runs every benchmark against a running stack and writes the results.
 *
 * <pre>Bench scale gateway issuer document-service actor-service remittance-service jdbc-base state-dir corpus results-dir</pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 10) {
            System.err.println("usage: Bench <full|tiny> <gateway> <issuer> <document-service> <actor-service> "
                    + "<remittance-service> <jdbc-base> <state-dir> <corpus-dir> <results-dir>");
            System.exit(2);
        }
        Target target = new Target(args[1], args[2], args[3], args[4], args[5], args[6], Path.of(args[7]),
                Path.of(args[8]), new Api(args[1], args[2], "curator"));
        String loadBefore = IdleFootprint.loadAverage();
        List<Figure> figures = run(target, Scale.named(args[0]));
        Map<String, String> machine = machine();
        // other work on the machine moves absolute numbers (ratios much less): say how busy it was
        machine.put("load average (1, 5, 15 min) before", loadBefore);
        machine.put("load average (1, 5, 15 min) after", IdleFootprint.loadAverage());
        Report.write(Path.of(args[9]), Scale.named(args[0]), figures, machine);
        System.out.println("[bench] results in " + Path.of(args[9]).toAbsolutePath().resolve("latest.md"));
    }

    /** Every benchmark in order; one that fails is reported and the others still run. */
    public static List<Figure> run(Target target, Scale scale) {
        // CORRIDOR_BENCH_ONLY=search,indicators runs those benchmarks alone (while working on one figure)
        String only = System.getenv().getOrDefault("CORRIDOR_BENCH_ONLY", "").trim();
        java.util.Set<String> selected = only.isEmpty() ? java.util.Set.of() : java.util.Set.of(only.split("\\s*,\\s*"));
        List<Benchmark> benchmarks = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::get)
                .filter(b -> selected.isEmpty() || selected.contains(b.name()))
                .sorted(Comparator.comparingInt(Benchmark::order)).toList();
        List<Figure> figures = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            long t0 = System.nanoTime();
            try {
                List<Figure> produced = benchmark.run(target, scale);
                figures.addAll(produced);
                System.out.printf("[bench] %-12s %d figure(s) in %d s%n", benchmark.name(), produced.size(),
                        (System.nanoTime() - t0) / 1_000_000_000);
                produced.forEach(f -> System.out.println("[bench]   " + summary(f)));
            } catch (Exception e) {
                System.out.printf("[bench] %-12s FAILED: %s%n", benchmark.name(), e);
                figures.add(new Figure(benchmark.name() + "-failed", "the benchmark failed: " + e.getMessage(),
                        Measurement.value("failed", 0), null, Double.NaN, null, true, "", String.valueOf(e)));
            }
        }
        return figures;
    }

    /** One line per figure for the console: the ratio, then both sides. */
    static String summary(Figure f) {
        String side = String.format(java.util.Locale.ROOT, "%s %s, p95 %.2f ms", Report.fmt(f.measured().throughput()),
                f.unit(), f.measured().p95Ms());
        if (f.floor() == null) {
            return f.name() + ": " + Report.fmt(f.measured().throughput()) + " " + f.unit();
        }
        return String.format(java.util.Locale.ROOT, "%s: ratio %s (measured %s; floor %s %s, p95 %.2f ms)", f.name(),
                Report.fmt(f.ratio()), side, Report.fmt(f.floor().throughput()), f.unit(), f.floor().p95Ms());
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }
}
