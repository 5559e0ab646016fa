package io.corridor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches one component of the stack while an operation runs: resident memory of its process group
 * (from its pid file, as {@link Footprint} reads it) and JVM heap in use (the service's Prometheus
 * endpoint, {@code jvm_memory_used_bytes{area="heap"}}), sampled every 200 ms; keeps the peaks.
 */
final class MemorySampler implements AutoCloseable {

    private final Path pidFile;
    private final String metricsUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile double peakRssMiB = Double.NaN;
    private volatile double peakHeapMiB = Double.NaN;

    MemorySampler(Target target, String component, String serviceUrl) {
        this.pidFile = target.stateDir().resolve("run").resolve(component + ".pid");
        this.metricsUrl = serviceUrl + "/q/metrics";
        this.thread = Thread.ofPlatform().daemon().name("memory-" + component).start(this::sample);
    }

    /** Resident memory of the group now, in MiB; NaN when the stack was not started by ./corridor. */
    double rssMiB() {
        try {
            if (!Files.exists(pidFile)) {
                return Double.NaN;
            }
            long pgid = Long.parseLong(Files.readString(pidFile).trim().split("\\s+")[0]);
            return Footprint.residentKiB(pgid) / 1024.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Heap in use now, in MiB; NaN when the service exposes no metrics. */
    double heapMiB() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Double.NaN;
            }
            double bytes = r.body().lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            return bytes > 0 ? bytes / (1024 * 1024) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private void sample() {
        while (running.get()) {
            double rss = rssMiB();
            double heap = heapMiB();
            if (!Double.isNaN(rss) && (Double.isNaN(peakRssMiB) || rss > peakRssMiB)) {
                peakRssMiB = rss;
            }
            if (!Double.isNaN(heap) && (Double.isNaN(peakHeapMiB) || heap > peakHeapMiB)) {
                peakHeapMiB = heap;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double peakRssMiB() {
        return peakRssMiB;
    }

    double peakHeapMiB() {
        return peakHeapMiB;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }
}
