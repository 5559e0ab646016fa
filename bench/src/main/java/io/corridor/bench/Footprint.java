package io.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of each component, read after the load benchmarks ran, and each service's start-up
 * time to ready as Quarkus logged it. Read from the stack's pid files and logs, so it needs the stack
 * that ./corridor started.
 */
public class Footprint implements Benchmark {

    private static final List<String> COMPONENTS = List.of("document-service", "actor-service", "remittance-service",
            "gateway", "keycloak");
    private static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");

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
        for (String component : COMPONENTS) {
            Path pidFile = target.stateDir().resolve("run").resolve(component + ".pid");
            if (!Files.exists(pidFile)) {
                continue;
            }
            long pgid = Long.parseLong(Files.readString(pidFile).trim().split("\\s+")[0]);
            double rssMiB = residentKiB(pgid) / 1024.0;
            figures.add(Figure.quantity("rss-" + component, "resident memory of " + component + " after load",
                    Measurement.value(component, rssMiB), "MiB", null));
            Double startup = startupSeconds(target.stateDir().resolve("logs").resolve(component + ".log"));
            if (startup != null) {
                figures.add(Figure.quantity("startup-" + component, "start-up to ready (Quarkus log)",
                        Measurement.value(component, startup), "s", null));
            }
        }
        return figures;
    }

    /** Sum of the RSS of every process of the group (kc.sh starts a child JVM). */
    static long residentKiB(long pgid) throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-o", "rss=", "-g", String.valueOf(pgid)).start();
        String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ps.waitFor();
        return out.lines().map(String::trim).filter(l -> !l.isEmpty()).mapToLong(Long::parseLong).sum();
    }

    /** The last "started in N.NNNs" of the log: the current run's start-up. */
    private static Double startupSeconds(Path log) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        Double last = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
        }
        return last;
    }
}
