package io.corridor.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Recorder;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.corridor.demo.Api;
import io.corridor.document.live.EventChannel;

/**
 * Issue #4, live events: delivery latency from the moment a {@code POST /api/v1/annotations/} is
 * sent to the moment each of 100 subscribers of {@code GET /api/v1/documents/{id}/events} (through
 * the gateway) reads its {@code created} event, against its floor over raw PostgreSQL in the same run:
 * the same span, the write included: the create's rows inserted and committed over JDBC (the
 * annotation, history and event rows of {@link AnnotationCreate}'s floor, whose event trigger NOTIFYs)
 * to each of as many JDBC listeners of the service's own channel ({@code PGConnection.getNotifications}).
 * Annotations are posted one at a time, each once every subscriber has the previous one, so that a
 * latency is one write's path: the POST through the gateway, insert, commit, NOTIFY, the service's
 * fan-out, the gateway's relay. The POST's own answer time is reported beside it, so that the part of
 * the latency the write itself takes is visible. The streams live far less than a token's 300 s
 * (streams end when it expires).
 */
public class AnnotationDelivery implements Benchmark {

    private static final Pattern MARK = Pattern.compile("corridor-bench-sse-(\\d+)");
    /** A delivery that has not come by then is counted missing (an error), never timed. */
    private static final long PATIENCE_SECONDS = 10;

    @Override
    public int order() {
        return 62;
    }

    @Override
    public String name() {
        return "annotation-events";
    }

    @Override
    public List<Figure> run(Target target, Scale scale) throws Exception {
        // tiny runs on the shared end-to-end stack: a handful of streams and writes prove the path
        boolean tiny = scale == Scale.TINY;
        int subscribers = tiny ? 4 : 100;
        // Each write is one round of deliveries to every subscriber: with 30 rounds the p99 was the slowest round (one
        // collection pause decided it, 58 to 146 ms between quiet runs); 300 rounds make it the slowest 1 %.
        int writes = tiny ? 3 : 300;
        int warmups = tiny ? 1 : 20;
        Api api = target.api();
        AnnotatedDocument.cleanUp(target);
        try (AnnotatedDocument document = AnnotatedDocument.seed(target, 6)) {
            Recorder answered = new Recorder(3);
            Measurement sse = throughGateway(target, api, document, subscribers, warmups, writes, answered);
            Measurement post = Measurement.of("the POST answered", answered.getIntervalHistogram(), 0, 1,
                    sse.seconds());
            int listeners = Math.min(subscribers, freeConnections(target));
            Measurement floor = writeAndListen(target, document, document.template(api), listeners, warmups, writes);
            return List.of(Figure.latencyRatio("annotation-events-" + subscribers,
                    "delivery latency of a created annotation from POST sent to each of " + sse.concurrency()
                            + " SSE subscribers through the gateway, writes one at a time, vs the same span raw: "
                            + "the create's rows inserted and committed over JDBC (their trigger NOTIFYs) to "
                            + floor.concurrency() + " JDBC listeners of the same channel (PGConnection.getNotifications)",
                    sse, floor, null, String.format(Locale.ROOT, "p50/p95/p99 %.2f / %.2f / %.2f ms to the SSE "
                            + "subscribers (of which the POST's own answer p50/p95/p99 %.2f / %.2f / %.2f ms), "
                            + "%.2f / %.2f / %.2f ms raw (p99 %.1f times the floor's); %d of %d streams opened, %d "
                            + "deliveries missing after %d s", sse.p50Ms(), sse.p95Ms(), sse.p99Ms(), post.p50Ms(),
                            post.p95Ms(), post.p99Ms(), floor.p50Ms(), floor.p95Ms(), floor.p99Ms(),
                            sse.p99Ms() / floor.p99Ms(), sse.concurrency(), subscribers, sse.errors(),
                            PATIENCE_SECONDS)));
        }
    }

    /** One write's path to every subscriber, {@code writes} times after {@code warmups} untimed ones. */
    private static Measurement throughGateway(Target target, Api api, AnnotatedDocument document, int subscribers,
            int warmups, int writes, Recorder answered) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Delivery> deliveries = new ConcurrentHashMap<>();
        List<InputStream> streams = new ArrayList<>();
        try {
            List<CompletableFuture<HttpResponse<InputStream>>> opening = new ArrayList<>();
            for (int i = 0; i < subscribers; i++) {
                HttpRequest request = api.request("/api/v1/documents/" + document.id + "/events")
                        .setHeader("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
                opening.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()));
            }
            long openBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (CompletableFuture<HttpResponse<InputStream>> f : opening) {
                try {
                    HttpResponse<InputStream> r = f.get(Math.max(1, openBy - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (r.statusCode() == 200) {
                        streams.add(r.body());
                    } else {
                        r.body().close();
                    }
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    f.cancel(true);
                }
            }
            if (streams.isEmpty()) {
                throw new IllegalStateException("no event stream of document " + document.id + " opened");
            }
            for (InputStream stream : streams) {
                Thread.ofVirtual().name("bench-sse").start(() -> read(stream, deliveries));
            }
            Recorder recorder = new Recorder(3);
            long missing = 0;
            long t0 = 0;
            for (int k = 0; k < warmups + writes; k++) {
                boolean timed = k >= warmups;
                if (k == warmups) {
                    t0 = System.nanoTime();
                }
                Delivery delivery = new Delivery(timed ? recorder : null, new CountDownLatch(streams.size()));
                deliveries.put(k, delivery);
                delivery.sent = System.nanoTime();
                if (!document.post(api, "corridor-bench-sse-" + k)) {
                    throw new IllegalStateException("POST of annotation " + k + " was refused");
                }
                if (timed) {
                    answered.recordValue(Math.max(1, (System.nanoTime() - delivery.sent) / 1000));
                }
                if (!delivery.received.await(PATIENCE_SECONDS, TimeUnit.SECONDS) && timed) {
                    missing += delivery.received.getCount();
                }
                deliveries.remove(k);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            // the window to cut a profile to (bench/results/profiles/README.md): epoch milliseconds
            long to = System.currentTimeMillis();
            System.out.printf("[bench]   created events to the SSE subscribers: measured from %d to %d (epoch ms)%n",
                    to - Math.round(seconds * 1000), to);
            return Measurement.of("created event to each SSE subscriber through the gateway", recorder.getIntervalHistogram(),
                    missing, streams.size(), seconds);
        } finally {
            for (InputStream stream : streams) {
                try {
                    stream.close();
                } catch (Exception ignored) {
                    // the stream is being abandoned anyway
                }
            }
            // not close(): it would wait for streams still queued somewhere on the way
            http.shutdownNow();
        }
    }

    /** One write awaited by every subscriber. */
    private static final class Delivery {
        final Recorder recorder;
        final CountDownLatch received;
        volatile long sent;

        Delivery(Recorder recorder, CountDownLatch received) {
            this.recorder = recorder;
            this.received = received;
        }

        void arrived(long at) {
            if (recorder != null) {
                recorder.recordValue(Math.max(1, (at - sent) / 1000));
            }
            received.countDown();
        }
    }

    /** Reads one stream: each {@code created} event's data names the write it belongs to. */
    private static void read(InputStream stream, Map<Integer, Delivery> deliveries) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line; (line = in.readLine()) != null;) {
                long at = System.nanoTime();
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "created".equals(event)) {
                    Matcher m = MARK.matcher(line);
                    Delivery d = m.find() ? deliveries.get(Integer.parseInt(m.group(1))) : null;
                    if (d != null) {
                        d.arrived(at);
                    }
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (Exception closed) {
            // the bench closed the stream, or the gateway ended it
        }
    }

    /**
     * The floor: the same number of creates, one at a time, each the create's rows inserted and committed over
     * JDBC, timed from before the insert to each listener's notification of that document.
     */
    private static Measurement writeAndListen(Target target, AnnotatedDocument document,
            AnnotatedDocument.Template template, int listeners, int warmups, int writes) throws Exception {
        String prefix = document.id + ":";
        AtomicReference<Delivery> current = new AtomicReference<>();
        List<Connection> opened = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        try (Connection writer = Database.connect(target, "documents")) {
            writer.setAutoCommit(false);
            for (int i = 0; i < listeners; i++) {
                Connection c = Database.connect(target, "documents");
                opened.add(c);
                Database.execute(c, "listen " + EventChannel.EVENTS);
                PGConnection pg = c.unwrap(PGConnection.class);
                threads.add(Thread.ofPlatform().daemon().name("bench-listen").start(() -> {
                    while (running.get()) {
                        try {
                            PGNotification[] got = pg.getNotifications(200);
                            long at = System.nanoTime();
                            for (PGNotification n : got == null ? new PGNotification[0] : got) {
                                Delivery d = current.get();
                                if (d != null && n.getParameter().startsWith(prefix)) {
                                    d.arrived(at);
                                }
                            }
                        } catch (SQLException e) {
                            return;
                        }
                    }
                }));
            }
            Recorder recorder = new Recorder(3);
            long missing = 0;
            long t0 = 0;
            for (int k = 0; k < warmups + writes; k++) {
                boolean timed = k >= warmups;
                if (k == warmups) {
                    t0 = System.nanoTime();
                }
                Delivery delivery = new Delivery(timed ? recorder : null, new CountDownLatch(listeners));
                delivery.sent = System.nanoTime();
                current.set(delivery);
                AnnotationCreate.insertCreated(writer, document.id, template, UUID.randomUUID());
                writer.commit();
                if (!delivery.received.await(PATIENCE_SECONDS, TimeUnit.SECONDS) && timed) {
                    missing += delivery.received.getCount();
                }
                current.set(null);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return Measurement.of("the create's rows committed over JDBC to JDBC listeners", recorder.getIntervalHistogram(),
                    missing, listeners, seconds);
        } finally {
            running.set(false);
            for (Thread t : threads) {
                t.join(2_000);
            }
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    /**
     * Connections the server can still take, keeping 20 for the services' pools: the stack's
     * PostgreSQL runs with the default max_connections (100), which 100 listeners would exhaust.
     */
    private static int freeConnections(Target target) throws SQLException {
        try (Connection c = Database.connect(target, "documents")) {
            long max = Database.longValue(c, "select current_setting('max_connections')::int");
            long reserved = Database.longValue(c, "select current_setting('superuser_reserved_connections')::int");
            long used = Database.longValue(c, "select count(*) from pg_stat_activity where backend_type = 'client backend'");
            return (int) Math.max(1, max - reserved - used - 20);
        }
    }
}
