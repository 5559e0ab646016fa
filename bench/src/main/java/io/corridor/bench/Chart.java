package io.corridor.bench;

import java.util.List;
import java.util.Locale;

/** A plain SVG bar chart of every ratio with its target marked: no library, renders in any browser or on GitHub. */
final class Chart {

    private static final int ROW = 28;
    private static final int LABEL = 260;
    private static final int WIDTH = 400;

    private Chart() {
    }

    static String ratios(List<Figure> figures) {
        List<Figure> rated = figures.stream().filter(f -> !Double.isNaN(f.ratio())).toList();
        double max = Math.max(1.2, rated.stream().mapToDouble(f -> Math.max(f.ratio(), f.target() == null ? 0 : f.target()))
                .max().orElse(1));
        int height = ROW * rated.size() + 40;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                LABEL + WIDTH + 60, height));
        svg.append("<text x=\"4\" y=\"16\" font-weight=\"bold\">ratio to the floor measured in the same run (| = target)</text>\n");
        int y = 30;
        for (Figure f : rated) {
            double w = WIDTH * f.ratio() / max;
            String colour = Boolean.FALSE.equals(f.met()) ? "#b3261e" : "#1b6e3a";
            svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", y + 14, escape(f.name())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>%n",
                    LABEL, y, w, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%.2f</text>%n", LABEL + w + 4, y + 14, f.ratio()));
            if (f.target() != null) {
                double t = LABEL + WIDTH * f.target() / max;
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" stroke-width=\"2\"/>%n", t, y - 2, t,
                        y + 20));
            }
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * p95 latency of the measured side and of its floor against x (log-log), with the line a cost
     * proportional to x would follow from the first point: a curve well under it is sublinear.
     */
    static String curve(String title, List<Figure> points) {
        int w = 560;
        int h = 340;
        int left = 70;
        int bottom = 290;
        int top = 40;
        int right = 520;
        List<Figure> sorted = points.stream().sorted(java.util.Comparator.comparingDouble(Figure::x)).toList();
        double minX = sorted.getFirst().x();
        double maxX = Math.max(sorted.getLast().x(), minX * 10);
        double firstP95 = Math.max(0.001, sorted.getFirst().measured().p95Ms());
        double minY = Math.max(0.001, sorted.stream().mapToDouble(f -> Math.min(f.measured().p95Ms(),
                f.floor() == null ? Double.MAX_VALUE : f.floor().p95Ms())).min().orElse(1) / 2);
        double maxY = Math.max(firstP95 * maxX / minX, sorted.stream().mapToDouble(f -> f.measured().p95Ms()).max()
                .orElse(1)) * 1.2;
        java.util.function.DoubleUnaryOperator px = x -> left + (right - left) * Math.log(x / minX) / Math.log(maxX / minX);
        java.util.function.DoubleUnaryOperator py = y -> bottom - (bottom - top) * Math.log(Math.max(y, minY) / minY)
                / Math.log(maxY / minY);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                w, h));
        svg.append("<text x=\"4\" y=\"16\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n",
                left, bottom, right, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n",
                left, top, left, bottom));
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n",
                px.applyAsDouble(minX), py.applyAsDouble(firstP95), px.applyAsDouble(maxX),
                py.applyAsDouble(firstP95 * maxX / minX)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#666\">dashed: cost proportional to size</text>%n",
                left + 8, top + 12));
        polyline(svg, sorted, px, py, false, "#1b6e3a");
        polyline(svg, sorted, px, py, true, "#1f4e9e");
        for (Figure f : sorted) {
            double x = px.applyAsDouble(f.x());
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    bottom + 16, Report.fmt(f.x())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%.1f ms</text>%n", x + 4,
                    py.applyAsDouble(f.measured().p95Ms()) - 4, f.measured().p95Ms()));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\"><tspan fill=\"#1b6e3a\">p95 through the gateway</tspan>"
                        + "<tspan fill=\"#1f4e9e\"> · p95 of the floor</tspan> (log-log)</text>%n",
                left, bottom + 36));
        return svg.append("</svg>\n").toString();
    }

    private static void polyline(StringBuilder svg, List<Figure> points, java.util.function.DoubleUnaryOperator px,
            java.util.function.DoubleUnaryOperator py, boolean floor, String colour) {
        StringBuilder coords = new StringBuilder();
        for (Figure f : points) {
            Measurement m = floor ? f.floor() : f.measured();
            if (m != null) {
                coords.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(f.x()), py.applyAsDouble(m.p95Ms())));
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", coords.toString().strip(),
                colour));
    }
}
