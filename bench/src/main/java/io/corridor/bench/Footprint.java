package io.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of each component after the load benchmarks ran, and each service's start-up to
 * ready as Quarkus logged it: in the stack's start by ./corridor up and started alone (./corridor bench restarts
 * each service by itself once the stack is up), and the whole stack's start to ready. Read from the
 * stack's pid files and logs, so it needs the stack that ./corridor started. Memory and start-up are
 * held to the budgets of issue #25 (each figure's ratio is the value over its budget, ≤ 1.0 met); the
 * same at idle, with the CPU time each start took, is {@link IdleFootprint}'s.
 */
public class Footprint implements Benchmark {

    static final List<String> SERVICES = List.of("document-service", "actor-service", "remittance-service", "gateway");
    private static final List<String> COMPONENTS = List.of("document-service", "actor-service", "remittance-service",
            "gateway", "keycloak");
    /** Resident memory each service may hold, at idle and after load (MiB). */
    static final double RSS_BUDGET_MIB = 300;
    /** Start-up to ready, alone or started together on two cores (s). */
    static final double STARTUP_BUDGET_S = 5;
    private static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");
    /** How ./corridor up starts the applications, for the start-up figures' descriptions. */
    private static final String UP_ORDER = "the three services together, then the gateway";
    /** A line of ./corridor up's log: "2026-12-06 23:50:01: started postgres keycloak ..., ready in 41.07 s". */
    private static final Pattern UP = Pattern.compile(": started (.+), ready in (\\d+\\.\\d+) s$");
    private static final String SECTION = "===== ";
    /**
     * How long after the last load the after-load figure is read: the JVMs give memory back on their own schedule
     * (deploy/kubernetes/base/jvm/*.env: G1's periodic collection after 10 s without one, which shrinks the heap at
     * the Remark of the cycle it starts, and the native heap trimmed every 10 s), and a read seconds after the load
     * lands inside that give-back by chance (bench/results/profiles/footprint.md, session 32). What each service holds
     * at the load's end is reported too ({@code rss-load-end-*}).
     */
    static final Duration SETTLE = Duration.ofSeconds(40);

    @Override
    public int order() {
        return 1000; // last: memory after the others loaded the stack
    }

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Double stack = stackReady(target.stateDir().resolve("logs").resolve("up.log"));
        if (stack != null) {
            figures.add(Figure.quantity("startup-stack", "the whole stack started by ./corridor up to ready, wall-clock: "
                    + "PostgreSQL, Keycloak, then " + UP_ORDER, Measurement.value("stack", stack), "s", null));
        }
        StackMemory memory = new StackMemory(target.stateDir());
        Map<String, Double> atEnd = memory.sample();
        Thread.sleep(SETTLE.toMillis());
        Map<String, Double> settled = memory.sample();
        String load = IdleFootprint.loadAverage();
        for (String component : COMPONENTS) {
            Long pgid = groupOf(target, component);
            if (pgid == null) {
                continue;
            }
            double rssMiB = settled.getOrDefault(component, 0.0); // 0: the process ended while the read waited
            Double endMiB = atEnd.get(component);
            if (endMiB != null) {
                figures.add(Figure.quantity("rss-load-end-" + component, "resident memory of " + component
                        + " right after the last load (inside the JVM's give-back)", Measurement.value(component, endMiB),
                        "MiB", null));
            }
            String what = "resident memory of " + component + " after load, read " + SETTLE.toSeconds()
                    + " s after the last load";
            figures.add(SERVICES.contains(component)
                    ? budget("rss-" + component, what, component, rssMiB, RSS_BUDGET_MIB, "MiB",
                            residentParts(pgid) + "; load average " + load)
                    : Figure.quantity("rss-" + component, what, Measurement.value(component, rssMiB), "MiB", null));
            List<Start> starts = startups(target.stateDir().resolve("logs").resolve(component + ".log"));
            if (starts.isEmpty()) {
                continue;
            }
            if (!SERVICES.contains(component)) {
                figures.add(Figure.quantity("startup-" + component, "start-up to ready (Quarkus log)",
                        Measurement.value(component, starts.getLast().seconds()), "s", null));
                continue;
            }
            // ./corridor bench restarts each service alone once the stack is up ("starting NAME alone" in the log)
            Start together = starts.reversed().stream().filter(st -> !st.alone()).findFirst().orElse(null);
            Start alone = starts.getLast().alone() ? starts.getLast() : null;
            if (together != null) {
                figures.add(budget("startup-together-" + component, "start-up to ready (Quarkus log) of " + component
                        + " in the stack's start by ./corridor up (" + UP_ORDER + ")", component, together.seconds(),
                        STARTUP_BUDGET_S, "s", together.recording()
                                ? "this start recorded the AOT cache (a build's first start), later starts map it"
                                : "with the AOT cache that the build's first start recorded (./corridor bench starts "
                                        + "the stack a second time after a recording start)"));
            }
            if (alone != null) {
                figures.add(budget("startup-alone-" + component, "start-up to ready (Quarkus log) of " + component
                        + " restarted alone, the rest of the stack idle", component, alone.seconds(), STARTUP_BUDGET_S,
                        "s", null));
            }
        }
        return figures;
    }

    /** A quantity against its budget: the ratio is the value over the budget, met at ≤ 1.0. */
    static Figure budget(String name, String what, String component, double value, double budget, String unit,
            String note) {
        return new Figure(name, what + ", over its budget of " + Report.fmt(budget) + " " + unit + " (lower is better)",
                Measurement.value(component, value), null, value / budget, 1.0, false, unit, note);
    }

    /** The process group of a running component, from the stack's pid file. */
    static Long groupOf(Target target, String component) throws IOException {
        Path pidFile = target.stateDir().resolve("run").resolve(component + ".pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        return Long.parseLong(Files.readString(pidFile).trim().split("\\s+")[0]);
    }

    /** Sum of the RSS of every process of the group (kc.sh starts a child JVM). */
    static long residentKiB(long pgid) throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-o", "rss=", "-g", String.valueOf(pgid)).start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ps.waitFor();
        return out.lines().map(String::trim).filter(l -> !l.isEmpty()).mapToLong(Long::parseLong).sum();
    }

    /**
     * What the kernel's RSS of the JVM (the group's leader) is made of, from /proc/PID/status: anonymous memory
     * (heap, metaspace, code, stacks, malloc) and file-backed pages (the mapped AOT cache and jars, shared with the
     * page cache and dropped first under pressure). The figure itself stays the whole RSS, as ps shows it.
     */
    static String residentParts(long pid) {
        long anon = -1;
        long file = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("RssAnon:")) {
                    anon = Long.parseLong(line.substring(8).trim().split("\\s+")[0]);
                } else if (line.startsWith("RssFile:")) {
                    file = Long.parseLong(line.substring(8).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "RSS parts unknown";
        }
        return anon < 0 || file < 0 ? "RSS parts unknown"
                : Math.round(anon / 1024.0) + " MiB anonymous, " + Math.round(file / 1024.0) + " MiB file-backed";
    }

    /**
     * The wall-clock seconds from ./corridor up's start to all ready, of the last run that started every component
     * (the bench's restarts of one service alone are left out); null without such a run.
     */
    static Double stackReady(Path upLog) throws IOException {
        if (!Files.exists(upLog)) {
            return null;
        }
        Double seconds = null;
        for (String line : Files.readAllLines(upLog, StandardCharsets.UTF_8)) {
            Matcher m = UP.matcher(line);
            if (m.find() && List.of(m.group(1).split(" ")).containsAll(COMPONENTS)) {
                seconds = Double.parseDouble(m.group(2));
            }
        }
        return seconds;
    }

    /** One start of a component as its log records it: a restart alone, the start that recorded the AOT cache. */
    record Start(boolean alone, boolean recording, double seconds) {
    }

    /**
     * The "started in N.NNNs" of each start the log records, oldest first: ./corridor opens each start with a
     * "===== TIME: starting NAME =====" line ("starting NAME alone" for the bench's restarts).
     */
    static List<Start> startups(Path log) throws IOException {
        List<Start> starts = new ArrayList<>();
        if (!Files.exists(log)) {
            return starts;
        }
        boolean alone = false;
        boolean recording = false;
        Double current = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith(SECTION)) {
                if (current != null) {
                    starts.add(new Start(alone, recording, current));
                }
                alone = line.contains(" alone ");
                recording = line.contains(" recording the AOT cache ");
                current = null;
                continue;
            }
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                current = Double.parseDouble(m.group(1));
            }
        }
        if (current != null) {
            starts.add(new Start(alone, recording, current));
        }
        return starts;
    }
}
