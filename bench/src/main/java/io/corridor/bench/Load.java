package io.corridor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;

/**
 * The load generator: {@code concurrency} closed-loop workers call one operation for a warm-up, then
 * for a fixed duration while HdrHistogram records every latency in microseconds. An operation
 * answers false (or throws) when it failed: failures are counted, never timed.
 */
public final class Load {

    private Load() {
    }

    public static Measurement run(String label, int concurrency, Duration warmup, Duration duration,
            Callable<Boolean> operation) throws InterruptedException {
        drive(concurrency, warmup, operation, null, new AtomicLong());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        drive(concurrency, duration, operation, recorder, errors);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return Measurement.of(label, recorder.getIntervalHistogram(), errors.get(), concurrency, seconds);
    }

    private static void drive(int concurrency, Duration length, Callable<Boolean> operation, Recorder recorder,
            AtomicLong errors) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                running.add(workers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = operation.call();
                        } catch (Exception e) {
                            ok = false;
                        }
                        if (!ok) {
                            errors.incrementAndGet();
                        } else if (recorder != null) {
                            recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }
}
