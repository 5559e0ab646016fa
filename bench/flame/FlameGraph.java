import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flame graph (SVG) and the top frames (markdown) of a JFR recording's CPU samples
 * ({@code jdk.ExecutionSample}), with the JDK alone: no async-profiler, no Perl scripts. Run as a
 * single-file program, e.g. for one benchmark's window of a service's recording:
 *
 * <pre>
 * java bench/flame/FlameGraph.java rec.jfr out.svg --from 1765029000000 --to 1765029025000 --title "annotation-create"
 * </pre>
 *
 * Options: {@code --from}/{@code --to} (epoch milliseconds: the samples taken in that window),
 * {@code --thread REGEX} (only threads whose name matches), {@code --top N} (rows of each table,
 * default 25). The tables (self and total samples per method) go to standard output as markdown.
 */
public class FlameGraph {

    private static final int WIDTH = 1200;
    private static final int ROW = 16;
    /** Frames under half a percent of the samples (pixels of 1200) are left out: a committed graph stays small. */
    private static final double MIN_WIDTH = 6.0;

    /** A node of the call tree: a frame, its samples including callees, and its callees. */
    static final class Node {
        final String name;
        long total;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        Node child(String name) {
            return children.computeIfAbsent(name, Node::new);
        }

        int depth() {
            int d = 0;
            for (Node c : children.values()) {
                d = Math.max(d, c.depth());
            }
            return d + 1;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: FlameGraph <recording.jfr> <out.svg> [--from ms] [--to ms] [--thread regex] "
                    + "[--top n] [--title text]");
            System.exit(2);
        }
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        Pattern thread = null;
        int top = 25;
        String title = Path.of(args[0]).getFileName().toString();
        for (int i = 2; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--from" -> from = Long.parseLong(args[i + 1]);
                case "--to" -> to = Long.parseLong(args[i + 1]);
                case "--thread" -> thread = Pattern.compile(args[i + 1]);
                case "--top" -> top = Integer.parseInt(args[i + 1]);
                case "--title" -> title = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Node root = new Node("all");
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> selfByPackage = new HashMap<>();
        long samples = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                Instant at = e.getStartTime();
                if (at.toEpochMilli() < from || at.toEpochMilli() > to) {
                    continue;
                }
                String threadName = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                if (thread != null && (threadName == null || !thread.matcher(threadName).find())) {
                    continue;
                }
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                samples++;
                root.total++;
                Node node = root;
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = frames.size() - 1; i >= 0; i--) {
                    String name = name(frames.get(i));
                    node = node.child(name);
                    node.total++;
                    if (seen.add(name)) {
                        total.merge(name, 1L, Long::sum);
                    }
                }
                if (!frames.isEmpty()) {
                    self.merge(name(frames.get(0)), 1L, Long::sum);
                    selfByPackage.merge(area(frames.get(0)), 1L, Long::sum);
                }
            }
        }
        Files.writeString(Path.of(args[1]), svg(root, title + " (" + samples + " samples)"));
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d CPU samples%n%n", samples);
        table(out, "self", self, samples, top);
        table(out, "self by area (package, 3 levels)", selfByPackage, samples, top);
        Map<String, Long> ours = new HashMap<>();
        total.forEach((k, v) -> {
            if (Character.isUpperCase(k.charAt(0))) {
                ours.put(k, v);
            }
        });
        table(out, "total of the project's methods (io.corridor, with callees)", ours, samples, top);
        table(out, "total (the method or its callees)", total, samples, top);
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        // the package is long and says little next to the class; kept for the JDK's and libraries' own
        String shortType = type.startsWith("io.corridor.") ? type.substring(dot + 1) : type;
        return shortType + "." + f.getMethod().getName();
    }

    /** The package of a frame's class, three levels deep: where in the stack (Hibernate, Netty, Jackson...) the time goes. */
    private static String area(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
    }

    private static void table(PrintStream out, String title, Map<String, Long> counts, long samples, int top) {
        out.printf("| %s | samples | %% |%n| --- | --- | --- |%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long> comparingByValue(Comparator.reverseOrder())).limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "| `%s` | %d | %.1f |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples)));
        out.println();
    }

    private static String svg(Node root, String title) {
        int depth = root.depth();
        int height = (depth + 2) * ROW + 30;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"monospace\" font-size=\"11\">%n", WIDTH, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"100%%\" height=\"100%%\" fill=\"#fdfdf6\"/>%n"
                + "<text x=\"%d\" y=\"18\" text-anchor=\"middle\" font-size=\"14\">%s</text>%n", WIDTH / 2, escape(title)));
        List<Object[]> todo = new ArrayList<>();
        todo.add(new Object[] { root, 0.0, 0 });
        double scale = (double) (WIDTH - 20) / Math.max(1, root.total);
        while (!todo.isEmpty()) {
            Object[] item = todo.removeLast();
            Node n = (Node) item[0];
            double x = (double) item[1];
            int level = (int) item[2];
            double w = n.total * scale;
            if (w < MIN_WIDTH) {
                continue;
            }
            double y = height - (level + 1) * ROW - 4;
            s.append(String.format(Locale.ROOT, "<g><title>%s (%d, %.1f%%)</title>"
                    + "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", escape(n.name), n.total,
                    100.0 * n.total / root.total, x + 10, y, w, ROW - 1, colour(n.name)));
            int chars = (int) (w / 6.6);
            if (chars >= 3) {
                String label = n.name.length() <= chars ? n.name : n.name.substring(0, Math.max(1, chars - 2)) + "..";
                s.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\">%s</text>", x + 12, y + ROW - 4,
                        escape(label)));
            }
            s.append("</g>\n");
            double cx = x;
            for (Node c : n.children.values()) {
                todo.add(new Object[] { c, cx, level + 1 });
                cx += c.total * scale;
            }
        }
        return s.append("</svg>\n").toString();
    }

    /** Warm colours for the project's code, greens for the JDK, blues for libraries: the eye finds our frames. */
    private static String colour(String name) {
        int h = Math.abs(name.hashCode());
        if (!name.contains(".") || name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            return String.format("#%02x%02x%02x", 120 + h % 60, 190 + h % 50, 110 + h % 40);
        }
        if (Character.isUpperCase(name.charAt(0))) { // a class of io.corridor (its package left out)
            return String.format("#%02x%02x%02x", 230 + h % 25, 110 + h % 90, 40 + h % 40);
        }
        return String.format("#%02x%02x%02x", 110 + h % 50, 160 + h % 50, 220 + h % 35);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
