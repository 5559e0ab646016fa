package io.corridor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time used by every component of a stack started by ./corridor (user + system, from /proc), and by
 * this process: what a benchmark's operation cost each of them, whatever else shared the machine. Each
 * JVM is its process group (from {@code run/<name>.pid}, as {@link StackMemory} reads it); PostgreSQL is
 * the postmaster with its backends, and the backends that ended meanwhile.
 */
final class StackCpu {

    /** Clock ticks per second of /proc's CPU times; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;
    static final String BENCH = "bench (this process)";

    private final Path stateDir;

    StackCpu(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** CPU seconds so far per component, in a fixed order, this process last; a component not running is left out. */
    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String component : StackMemory.JVMS) {
            try {
                Path pidFile = stateDir.resolve("run").resolve(component + ".pid");
                if (Files.exists(pidFile)) {
                    String pgid = Files.readString(pidFile).trim().split("\\s+")[0];
                    seconds.put(component, ticks(children("-g", pgid), false) / TICKS);
                }
            } catch (IOException | RuntimeException e) {
                // not running
            }
        }
        try {
            Path pidFile = stateDir.resolve("data").resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                String postmaster = Files.readAllLines(pidFile).getFirst().trim();
                List<String> backends = children("--ppid", postmaster);
                seconds.put(StackMemory.POSTGRES, (ticks(List.of(postmaster), true) + ticks(backends, false)) / TICKS);
            }
        } catch (IOException | RuntimeException e) {
            // not running
        }
        seconds.put(BENCH, ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1e9);
        return seconds;
    }

    /** A window to measure: {@link #start} and {@link #end} read every component's CPU time. */
    final class Window {
        private Map<String, Double> started = Map.of();
        private Map<String, Double> used = Map.of();

        void start() {
            started = seconds();
        }

        void end() {
            used = between(started, seconds());
        }

        /** CPU seconds each component used in the window. */
        Map<String, Double> used() {
            return used;
        }
    }

    Window window() {
        return new Window();
    }

    /**
     * Each component's CPU time per {@code per} units of work ({@code "gateway 0.01 s, document-service 0.34 s"}),
     * those under half a percent of a second per {@code per} left out.
     */
    static String each(Map<String, Double> used, double units, double per, String unit) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> e : used.entrySet()) {
            if (units > 0 && per * e.getValue() / units >= 0.005) {
                out.append(out.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%s %.2f %s",
                        e.getKey(), per * e.getValue() / units, unit));
            }
        }
        return out.toString();
    }

    /**
     * Operations per CPU second of a service and the database it asks (from /proc, over the two measuring
     * windows), against the database alone running the floor's statements: the figure two shared cores cannot
     * spoil, since whatever else runs beside it is not counted. The note gives every component's CPU per
     * operation, the gateway's and the load generator's included.
     */
    static Figure perCpu(String name, String what, String service, Measurement measured, Window measuredCpu,
            Measurement floor, Window floorCpu) {
        double serviceSeconds = measuredCpu.used().getOrDefault(service, 0.0)
                + measuredCpu.used().getOrDefault(StackMemory.POSTGRES, 0.0);
        double floorSeconds = floorCpu.used().getOrDefault(StackMemory.POSTGRES, 0.0);
        String note = "CPU per operation: raw " + each(floorCpu.used(), floor.operations(), 1000, "ms")
                + "; through the gateway " + each(measuredCpu.used(), measured.operations(), 1000, "ms");
        return Figure.throughputRatio(name, what + " (per CPU second, from /proc: " + service + " and PostgreSQL vs "
                + "PostgreSQL alone for the floor)",
                Measurement.value(service + " + PostgreSQL", serviceSeconds > 0 ? measured.operations() / serviceSeconds : 0),
                Measurement.value("PostgreSQL", floorSeconds > 0 ? floor.operations() / floorSeconds : 0), null,
                "ops/CPU s", note);
    }

    /**
     * Waits, at most {@code longest}, until the stack is quiet: its services, Keycloak and PostgreSQL together used
     * less than {@code share} of one core over the last half second (what a benchmark's own seeding left running,
     * the JIT compiling its paths, a collection, autovacuum, stays out of what is timed next). Returns the wait.
     */
    Duration awaitQuiet(double share, Duration longest) throws InterruptedException {
        long t0 = System.nanoTime();
        Map<String, Double> before = seconds();
        while (System.nanoTime() - t0 < longest.toNanos()) {
            Thread.sleep(500);
            Map<String, Double> now = seconds();
            double used = between(before, now).entrySet().stream().filter(e -> !e.getKey().equals(BENCH))
                    .mapToDouble(Map.Entry::getValue).sum();
            if (used < share * 0.5) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** What each component used between two {@link #seconds()}. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((component, s) -> used.put(component, s - before.getOrDefault(component, 0.0)));
        return used;
    }

    private static List<String> children(String option, String pid) throws IOException {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "pid=", option, pid).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ps.waitFor();
            return out.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** utime + stime of these processes, with their waited-for children's when asked; 0 for one that ended. */
    private static long ticks(List<String> pids, boolean withEndedChildren) {
        long ticks = 0;
        for (String pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                // fields after the command name, which may hold spaces: state is field 3, utime 14, stime 15, cutime 16, cstime 17
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                if (withEndedChildren) {
                    ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                }
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return ticks;
    }
}
