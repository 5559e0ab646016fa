package io.corridor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Each service's resident memory before any benchmark loaded it, and the CPU time its JVM has used by
 * then: nearly all of it the start-up's (class loading, CDI, Flyway, Hibernate, the JIT), a figure that
 * other work on the machine does not move as it moves the start-up's wall-clock time. Runs first.
 */
public class IdleFootprint implements Benchmark {

    /** Clock ticks per second of /proc/[pid]/stat's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100;

    @Override
    public int order() {
        return -1000; // first: before any load
    }

    @Override
    public String name() {
        return "footprint-idle";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        List<Figure> figures = new ArrayList<>();
        String load = loadAverage();
        for (String service : Footprint.SERVICES) {
            Long pgid = Footprint.groupOf(target, service);
            if (pgid == null) {
                continue;
            }
            figures.add(Footprint.budget("rss-idle-" + service, "resident memory of " + service + " at idle, started",
                    service, Footprint.residentKiB(pgid) / 1024.0, Footprint.RSS_BUDGET_MIB, "MiB",
                    Footprint.residentParts(pgid) + "; load average " + load));
            Double cpu = cpuSeconds(pgid);
            if (cpu != null) {
                figures.add(Figure.quantity("startup-cpu-" + service, "CPU time of " + service
                        + "'s JVM from its start to idle (all its threads: start-up and JIT); two cores give 2 CPU s a second",
                        Measurement.value(service, cpu), "CPU s", null));
            }
        }
        return figures;
    }

    /** utime + stime of the group leader (the JVM: ./corridor starts java as the leader of its group). */
    private static Double cpuSeconds(long pid) throws IOException {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        if (!Files.exists(stat)) {
            return null;
        }
        String s = Files.readString(stat);
        String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS; // fields 14 and 15 of stat(5)
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
