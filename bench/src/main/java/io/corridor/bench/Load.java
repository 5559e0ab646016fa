package io.corridor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Recorder;

/**
 * The load generator: {@code concurrency} closed-loop workers call one operation for a warm-up, then
 * for a fixed duration while HdrHistogram records every latency in microseconds. An operation
 * answers false (or throws) when it failed: failures are counted, never timed.
 * <p>
 * Operations that do a measurable amount of work (pages, bytes, rows) answer that amount instead,
 * negative for a failure, and the throughput is then that unit per second.
 */
public final class Load {

    /** An operation over one item of a fixed list, answering the units of work it did (negative: failed). */
    @FunctionalInterface
    public interface Work<T> {
        long on(T item) throws Exception;
    }

    private Load() {
    }

    public static Measurement run(String label, int concurrency, Duration warmup, Duration duration,
            Callable<Boolean> operation) throws InterruptedException {
        return units(label, concurrency, warmup, duration, () -> operation.call() ? 1L : -1L);
    }

    /** {@link #run}, with the stack's CPU time over the measuring window (the warm-up left out) in {@code cpu}. */
    static Measurement run(String label, int concurrency, Duration warmup, Duration duration,
            Callable<Boolean> operation, StackCpu.Window cpu) throws InterruptedException {
        return units(label, concurrency, warmup, duration, () -> operation.call() ? 1L : -1L, cpu);
    }

    /** Duration-bound, like {@link #run}, with throughput in the units the operation answers. */
    public static Measurement units(String label, int concurrency, Duration warmup, Duration duration,
            Callable<Long> operation) throws InterruptedException {
        return units(label, concurrency, warmup, duration, operation, null);
    }

    private static Measurement units(String label, int concurrency, Duration warmup, Duration duration,
            Callable<Long> operation, StackCpu.Window cpu) throws InterruptedException {
        drive(concurrency, warmup, operation, null, new AtomicLong(), new LongAdder());
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        LongAdder units = new LongAdder();
        // the window to cut a profile to (bench/results/profiles/README.md): epoch milliseconds
        long from = System.currentTimeMillis();
        if (cpu != null) {
            cpu.start();
        }
        long t0 = System.nanoTime();
        drive(concurrency, duration, operation, recorder, errors, units);
        if (cpu != null) {
            cpu.end();
        }
        System.out.printf("[bench]   %s: measured from %d to %d (epoch ms)%n", label, from, System.currentTimeMillis());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return Measurement.of(label, recorder.getIntervalHistogram(), errors.get(), concurrency, seconds, units.sum());
    }

    /**
     * Count-bound: every item once, by {@code concurrency} workers, for work that cannot be repeated
     * (an upload of the same bytes is a duplicate, an import of the same rows changes nothing). No
     * warm-up here: the caller warms up with items of its own.
     */
    public static <T> Measurement each(String label, int concurrency, List<T> items, Work<T> work)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        LongAdder units = new LongAdder();
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        Callable<Long> operation = () -> {
            int i = next.getAndIncrement();
            return i < items.size() ? work.on(items.get(i)) : Long.MIN_VALUE;
        };
        int workers = Math.max(1, Math.min(concurrency, items.size()));
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    while (true) {
                        long start = System.nanoTime();
                        long done;
                        try {
                            done = operation.call();
                        } catch (Exception e) {
                            System.out.println("[bench]   " + label + ": " + e);
                            done = -1;
                        }
                        if (done == Long.MIN_VALUE) {
                            return null;
                        }
                        record(done, start, recorder, errors, units);
                    }
                }));
            }
            join(running);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return Measurement.of(label, recorder.getIntervalHistogram(), errors.get(), workers, seconds, units.sum());
    }

    private static void drive(int concurrency, Duration length, Callable<Long> operation, Recorder recorder,
            AtomicLong errors, LongAdder units) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                running.add(workers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        long done;
                        try {
                            done = operation.call();
                        } catch (Exception e) {
                            done = -1;
                        }
                        if (recorder != null) {
                            record(done, start, recorder, errors, units);
                        }
                    }
                    return null;
                }));
            }
            join(running);
        }
    }

    private static void record(long done, long start, Recorder recorder, AtomicLong errors, LongAdder units) {
        if (done < 0) {
            errors.incrementAndGet();
        } else {
            recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
            units.add(done);
        }
    }

    private static void join(List<Future<?>> running) throws InterruptedException {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
