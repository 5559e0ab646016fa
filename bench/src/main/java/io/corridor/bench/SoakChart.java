package io.corridor.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The soak over time as one plain SVG (like {@link Chart}: no library): latency percentiles of each
 * interval above, memory of each component below, the end of the warm-up dashed on both.
 */
final class SoakChart {

    private static final int WIDTH = 760;
    private static final int PANEL = 250;
    private static final int LEFT = 70;
    private static final int RIGHT = 590;
    private static final String[] COLOURS = { "#1b6e3a", "#1f4e9e", "#b3261e", "#8a5a00", "#6a1b9a", "#00796b",
            "#555555" };

    private SoakChart() {
    }

    static String of(SoakReport report) {
        List<SoakInterval> points = report.intervals();
        List<SoakInterval> timed = points.stream().filter(p -> p.operations() > 0).toList();
        Map<String, ToDoubleFunction<SoakInterval>> latency = new LinkedHashMap<>();
        latency.put("p50", SoakInterval::p50Ms);
        latency.put("p95", SoakInterval::p95Ms);
        latency.put("p99", SoakInterval::p99Ms);
        Map<String, ToDoubleFunction<SoakInterval>> memory = new LinkedHashMap<>();
        for (String component : report.components()) {
            memory.put(component, p -> p.memoryMiB().getOrDefault(component, Double.NaN));
        }
        double end = points.isEmpty() ? 1 : Math.max(1, points.getLast().atSeconds());
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, 2 * PANEL + 60));
        panel(svg, 0, "latency of every call per interval (ms)", timed, latency, end, report.settings().warmup().toSeconds());
        panel(svg, PANEL + 30, "memory per component (MiB: RSS of each JVM's process group, PSS of PostgreSQL)", points,
                memory, end, report.settings().warmup().toSeconds());
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">minutes since the start (dashed: end of the warm-up)</text>%n",
                LEFT, 2 * PANEL + 50));
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, int y0, String title, List<SoakInterval> points,
            Map<String, ToDoubleFunction<SoakInterval>> series, double endSeconds, double warmupSeconds) {
        int top = y0 + 40;
        int bottom = y0 + PANEL;
        double max = 0;
        for (ToDoubleFunction<SoakInterval> f : series.values()) {
            for (SoakInterval p : points) {
                double v = f.applyAsDouble(p);
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double maxY = max <= 0 ? 1 : max * 1.1;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + (RIGHT - LEFT) * x / endSeconds;
        java.util.function.DoubleUnaryOperator py = y -> bottom - (bottom - top) * y / maxY;
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-weight=\"bold\">%s</text>%n", y0 + 20,
                Chart.escape(title)));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n", LEFT,
                bottom, RIGHT, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n", LEFT,
                top, LEFT, bottom));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 4,
                    py.applyAsDouble(v) + 4, Report.fmt(v)));
        }
        for (int i = 0; i <= 5; i++) {
            double s = endSeconds * i / 5;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n",
                    px.applyAsDouble(s), bottom + 16, s / 60));
        }
        double w = px.applyAsDouble(Math.min(warmupSeconds, endSeconds));
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n", w, top, w,
                bottom));
        int i = 0;
        for (Map.Entry<String, ToDoubleFunction<SoakInterval>> s : series.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder coords = new StringBuilder();
            for (SoakInterval p : points) {
                double v = s.getValue().applyAsDouble(p);
                if (!Double.isNaN(v)) {
                    coords.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(p.atSeconds()),
                            py.applyAsDouble(v)));
                }
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", coords.toString().strip(),
                    colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", RIGHT + 10,
                    top + 10 + 16 * i, colour, Chart.escape(s.getKey())));
            i++;
        }
    }
}
