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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
