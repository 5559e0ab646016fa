package io.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory of every component of a stack started by ./corridor, read from its state directory: the
 * resident set of each JVM's process group (from {@code run/<name>.pid}, as {@link Footprint} reads it)
 * and, for PostgreSQL, the proportional set size (PSS) of the postmaster and its backends. Summing
 * their RSS would count the shared buffers once per backend that touched them, which grows with the
 * number of connections and pages read, not with anything kept.
 */
final class StackMemory {

    static final List<String> JVMS = List.of("gateway", "document-service", "actor-service", "remittance-service",
            "keycloak");
    static final String POSTGRES = "postgres";

    private final Path stateDir;

    StackMemory(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** MiB per component, in a fixed order; a component that is not running is left out. */
    Map<String, Double> sample() {
        Map<String, Double> mib = new LinkedHashMap<>();
        for (String component : JVMS) {
            try {
                Path pidFile = stateDir.resolve("run").resolve(component + ".pid");
                if (Files.exists(pidFile)) {
                    long pgid = Long.parseLong(Files.readString(pidFile).trim().split("\\s+")[0]);
                    long kib = Footprint.residentKiB(pgid);
                    if (kib > 0) {
                        mib.put(component, kib / 1024.0);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not running (or gone between the check and the read): no point for it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mib;
            }
        }
        try {
            long kib = postgresPssKiB();
            if (kib > 0) {
                mib.put(POSTGRES, kib / 1024.0);
            }
        } catch (IOException | RuntimeException e) {
            // not running
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return mib;
    }

    private long postgresPssKiB() throws IOException, InterruptedException {
        Path pidFile = stateDir.resolve("data").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        String postmaster = Files.readAllLines(pidFile).getFirst().trim();
        Process ps = new ProcessBuilder("ps", "-o", "pid=", "--ppid", postmaster).start();
        String children = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ps.waitFor();
        long kib = pssKiB(postmaster);
        for (String child : children.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            kib += pssKiB(child);
        }
        return kib;
    }

    /** The {@code Pss:} line of /proc/PID/smaps_rollup (kB); 0 for a backend that ended meanwhile. */
    private static long pssKiB(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
