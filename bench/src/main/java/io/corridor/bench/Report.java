package io.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

import io.corridor.demo.Api;

/** Writes latest.json (every number), latest.md (the table people read) and one SVG chart of the ratios. */
public final class Report {

    private Report() {
    }

    public static void write(Path dir, Scale scale, List<Figure> figures, Map<String, String> machine) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generated", Instant.now().toString());
        json.put("scale", Map.of("name", scale.name(), "warmupSeconds", scale.warmup().toMillis() / 1000.0,
                "durationSeconds", scale.duration().toMillis() / 1000.0, "concurrency", scale.concurrency()));
        json.put("machine", machine);
        json.put("figures", figures);
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("latest.json").toFile(), json);
        Files.writeString(dir.resolve("latest.md"), markdown(scale, figures, machine), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ratios.svg"), Chart.ratios(figures), StandardCharsets.UTF_8);
        for (Map.Entry<String, List<Figure>> curve : curves(figures).entrySet()) {
            Files.writeString(dir.resolve(curve.getKey() + ".svg"), Chart.curve(curve.getKey(), curve.getValue()),
                    StandardCharsets.UTF_8);
        }
    }

    static String markdown(Scale scale, List<Figure> figures, Map<String, String> machine) {
        StringBuilder md = new StringBuilder("# Corridor benchmarks: latest run\n\n");
        md.append("Generated ").append(Instant.now()).append(" by `./corridor bench` (scale `").append(scale.name())
                .append("`: warm-up ").append(scale.warmup().toSeconds()).append(" s, ")
                .append(scale.duration().toSeconds()).append(" s per side, ").append(scale.concurrency())
                .append(" concurrent clients). Machine: ").append(machine).append(".\n\n");
        md.append("Each ratio compares the measured operation with its floor measured in the same run; ")
                .append("absolute numbers move from run to run on a shared 2-core machine, ratios much less. ")
                .append("Every ratio reads the same way: 1.0 is as fast as the floor, higher is better ")
                .append("(throughput over the floor's throughput; for latency figures, the floor's p95 over the measured p95).\n\n");
        md.append("![ratios](ratios.svg)\n\n");
        for (String curve : curves(figures).keySet()) {
            md.append("![").append(curve).append("](").append(curve).append(".svg)\n\n");
        }
        md.append("| figure | measured | floor | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Figure f : figures) {
            md.append("| ").append(f.name()).append(": ").append(cell(f.what())).append(" | ").append(side(f.measured(), f.unit()))
                    .append(" | ").append(f.floor() == null ? "–" : side(f.floor(), f.unit())).append(" | ")
                    .append(Double.isNaN(f.ratio()) ? "–" : fmt(f.ratio())).append(" | ")
                    .append(f.target() == null ? "–" : (f.higherIsBetter() ? "≥ " : "≤ ") + fmt(f.target())).append(" | ")
                    .append(f.met() == null ? "–" : f.met() ? "yes" : "**no**").append(" |\n");
        }
        List<Figure> missed = figures.stream().filter(f -> Boolean.FALSE.equals(f.met())).toList();
        if (!missed.isEmpty()) {
            md.append("\n## Targets missed\n\n");
            for (Figure f : missed) {
                md.append("- ").append(f.name()).append(": ratio ").append(fmt(f.ratio()))
                        .append(f.higherIsBetter() ? " against ≥ " : " against ≤ ")
                        .append(fmt(f.target())).append(f.note() == null ? "" : " (" + f.note() + ")").append(".\n");
            }
        }
        List<Figure> noted = figures.stream().filter(f -> f.note() != null || failures(f) != null).toList();
        if (!noted.isEmpty()) {
            md.append("\n## Notes\n\n");
            noted.forEach(f -> md.append("- ").append(f.name()).append(": ")
                    .append(cell(String.join("; ", java.util.stream.Stream.of(failures(f), f.note())
                            .filter(java.util.Objects::nonNull).toList()))).append("\n"));
        }
        return md.toString();
    }

    /** Figures that are points of a curve, by curve name, in order of appearance. */
    static Map<String, List<Figure>> curves(List<Figure> figures) {
        Map<String, List<Figure>> curves = new LinkedHashMap<>();
        figures.stream().filter(f -> f.curve() != null && f.x() != null)
                .forEach(f -> curves.computeIfAbsent(f.curve(), k -> new java.util.ArrayList<>()).add(f));
        return curves;
    }

    private static String side(Measurement m, String unit) {
        if (m.concurrency() == 1 && m.seconds() == 0) {
            return fmt(m.throughput()) + " " + unit;
        }
        return String.format(Locale.ROOT, "%s: %s %s, p50 %.2f / p95 %.2f / p99 %.2f ms (%d ops, %d errors, %d clients)",
                m.label(), fmt(m.throughput()), unit, m.p50Ms(), m.p95Ms(), m.p99Ms(), m.operations(), m.errors(),
                m.concurrency());
    }

    /**
     * Failed operations are counted apart and never timed, so percentiles and ratios describe the
     * successful ones only: a figure says so whenever either side had failures.
     */
    static String failures(Figure f) {
        StringBuilder s = new StringBuilder();
        for (Measurement m : new Measurement[] {f.measured(), f.floor()}) {
            if (m != null && m.errors() > 0) {
                s.append(s.isEmpty() ? "" : ", ").append(m.label()).append(": ").append(m.errors()).append(" of ")
                        .append(m.errors() + m.operations()).append(" operations failed");
            }
        }
        return s.isEmpty() ? null : s + " (latencies and ratio count the successful operations only)";
    }

    /** Text fit for one table cell: on one line, its pipes escaped. */
    static String cell(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }
}
