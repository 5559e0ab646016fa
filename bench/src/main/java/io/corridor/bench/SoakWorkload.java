package io.corridor.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.demo.Api;

/**
 * The soak's mixed workload, through the gateway with real tokens of several users: closed-loop
 * readers (documents listed, searched and read with their text and view, annotations, actors,
 * indicators), annotators (create an annotation, edit it with If-Match, reply to it, delete both: a
 * cycle leaves nothing behind) and readers holding the document's event stream open, which receive
 * what the annotators write. Every call is timed (HdrHistogram, µs) per kind and per interval; a
 * call that fails (exception or unexpected status) is counted apart and never timed.
 */
final class SoakWorkload implements AutoCloseable {

    static final List<String> READS = List.of("documents.list", "documents.search", "document.read", "document.text",
            "document.view", "annotations.list", "actors.list", "indicators.list");
    static final List<String> WRITES = List.of("annotation.create", "annotation.edit", "annotation.reply",
            "annotation.delete");
    static final String STREAM_OPEN = "events.open";
    /** Not a call: messages read from the open streams (annotations created, edited, deleted; presence). */
    static final String EVENTS = "events.received";

    private static final List<String> READERS = List.of("reader", "admin", "annotator2");
    private static final List<String> ANNOTATORS = List.of("annotator", "annotator2", "curator");
    private static final List<String> STREAM_HOLDERS = List.of("reader", "admin");
    private static final List<String> QUERIES = List.of("migration", "diaspora", "réadmission", "transferts de fonds",
            "accord", "\"politique migratoire\"");
    private static final int ERROR_SAMPLES = 20;

    private final SoakSettings settings;
    private final AnnotatedDocument document;
    private final List<Long> documents;
    private final Map<String, Api> apis = new HashMap<>();
    private final HttpClient streamsClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Recorder interval = new Recorder(3);
    private final AtomicLong intervalErrors = new AtomicLong();
    private final LongAdder intervalEvents = new LongAdder();
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();
    private final Queue<Stream<String>> openStreams = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    /** Per kind of call: latencies over the whole run, failures. */
    private static final class Kind {
        final Recorder latencies = new Recorder(3);
        final LongAdder errors = new LongAdder();
        final LongAdder count = new LongAdder();
    }

    /**
     * @param document the annotators' document (seeded, deleted after the run with all they wrote); the
     *     streams are held on it
     * @param documents what the readers read: every document the reader sees (corpus and this one)
     */
    SoakWorkload(Target target, SoakSettings settings, AnnotatedDocument document, List<Long> documents) {
        this.settings = settings;
        this.document = document;
        this.documents = List.copyOf(documents);
        for (String user : concat(READERS, ANNOTATORS, STREAM_HOLDERS)) {
            apis.computeIfAbsent(user, u -> new Api(target.gateway(), target.issuer(), u));
        }
        for (String kind : concat(READS, WRITES, List.of(STREAM_OPEN, EVENTS))) {
            kinds.put(kind, new Kind());
        }
    }

    /** Every document the reader may list (first 100), newest first. */
    static List<Long> visibleDocuments(Target target) throws Exception {
        JsonNode page = new Api(target.gateway(), target.issuer(), "reader").get("/api/v1/documents?size=100");
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }

    void start() {
        for (int i = 0; i < settings.readers(); i++) {
            int worker = i;
            Api api = apis.get(READERS.get(i % READERS.size()));
            workers.add(Thread.ofPlatform().daemon().name("soak-reader-" + i).start(() -> read(api, worker)));
        }
        for (int i = 0; i < settings.annotators(); i++) {
            int worker = i;
            Api api = apis.get(ANNOTATORS.get(i % ANNOTATORS.size()));
            workers.add(Thread.ofPlatform().daemon().name("soak-annotator-" + i).start(() -> annotate(api, worker)));
        }
        for (int i = 0; i < settings.streams(); i++) {
            Api api = apis.get(STREAM_HOLDERS.get(i % STREAM_HOLDERS.size()));
            workers.add(Thread.ofPlatform().daemon().name("soak-stream-" + i).start(() -> hold(api)));
        }
    }

    /** What happened since the last call: calls, failures and latencies of the interval, events read. */
    Snapshot interval() {
        Histogram h = interval.getIntervalHistogram();
        return new Snapshot(h, intervalErrors.getAndSet(0), intervalEvents.sumThenReset());
    }

    record Snapshot(Histogram latencies, long errors, long events) {
    }

    /** Per kind over the whole run, in the workload's order; call once, after {@link #close}. */
    List<SoakKind> summary() {
        List<SoakKind> out = new ArrayList<>();
        kinds.forEach((name, k) -> {
            if (name.equals(EVENTS)) {
                out.add(new SoakKind(name, k.count.sum(), k.errors.sum(), Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN));
                return;
            }
            Histogram h = k.latencies.getIntervalHistogram();
            out.add(new SoakKind(name, h.getTotalCount(), k.errors.sum(), h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0));
        });
        return out;
    }

    /** The first failures, as "kind: what" (the rest are only counted). */
    List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    /** Stops every worker; an annotator finishes its cycle first, so that nothing it created is left. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        openStreams.forEach(Stream::close);
        for (Thread worker : workers) {
            worker.join(Duration.ofSeconds(worker.getName().startsWith("soak-stream") ? 5 : 120));
        }
    }

    private void read(Api api, int worker) {
        Random random = new Random(worker);
        int step = worker;
        while (running) {
            String kind = READS.get(step++ % READS.size());
            long id = documents.get(random.nextInt(documents.size()));
            String path = switch (kind) {
                case "documents.list" -> "/api/v1/documents?size=20&page=" + random.nextInt(2);
                case "documents.search" -> "/api/v1/search?size=10&q=" + Api.encode(QUERIES.get(random.nextInt(QUERIES.size())));
                case "document.read" -> "/api/v1/documents/" + id;
                case "document.text" -> "/api/v1/documents/" + id + "/text";
                case "document.view" -> "/api/v1/documents/" + id + "/view";
                case "annotations.list" -> "/api/v1/annotations/?document=" + (random.nextBoolean() ? document.id : id);
                case "actors.list" -> "/api/v1/actors?size=20&page=" + random.nextInt(3);
                case "indicators.list" -> "/api/v1/indicators?size=20";
                default -> throw new IllegalStateException(kind);
            };
            String accept = kind.equals("document.text") ? "text/plain" : "application/json";
            call(kind, () -> api.send(api.request(path).setHeader("Accept", accept).GET().build()), 200);
            pause(settings.think());
        }
    }

    private void annotate(Api api, int worker) {
        int n = 0;
        while (running) {
            String note = "soak " + worker + "-" + n++;
            HttpResponse<String> created = call("annotation.create",
                    () -> api.send(json(api.request("/api/v1/annotations/"))
                            .POST(body(annotation(note + " v1"))).build()), 201);
            if (created == null) {
                pause(settings.think());
                continue;
            }
            String iri = iri(created);
            String etag = created.headers().firstValue("ETag").orElse("");
            pause(settings.think());
            HttpResponse<String> edited = call("annotation.edit", () -> api.send(json(api.request(iri))
                    .header("If-Match", etag).PUT(body(annotation(note + " v2"))).build()), 200);
            String latest = edited == null ? etag : edited.headers().firstValue("ETag").orElse(etag);
            pause(settings.think());
            Map<String, Object> reply = Map.of("@context", "http://www.w3.org/ns/anno.jsonld", "type", "Annotation",
                    "motivation", "replying", "visibility", "public", "body", List.of(Map.of("type", "TextualBody",
                            "value", "reply to " + note, "format", "text/plain", "purpose", "replying")),
                    "target", iri);
            HttpResponse<String> replied = call("annotation.reply",
                    () -> api.send(json(api.request("/api/v1/annotations/")).POST(body(reply)).build()), 201);
            pause(settings.think());
            if (replied != null) {
                String replyEtag = replied.headers().firstValue("ETag").orElse("");
                String replyIri = iri(replied);
                call("annotation.delete", () -> api.send(api.request(replyIri).header("If-Match", replyEtag).DELETE()
                        .build()), 204);
                pause(settings.think());
            }
            call("annotation.delete", () -> api.send(api.request(iri).header("If-Match", latest).DELETE().build()), 204);
            pause(settings.think());
        }
    }

    /** Holds the annotators' document's event stream open, reading every message; opens it again when it ends. */
    private void hold(Api api) {
        while (running) {
            long start = System.nanoTime();
            try {
                HttpRequest request = api.request("/api/v1/documents/" + document.id + "/events")
                        .setHeader("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
                HttpResponse<Stream<String>> response = streamsClient.send(request, HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() != 200) {
                    response.body().close();
                    failed(STREAM_OPEN, "answered " + response.statusCode());
                    pause(Duration.ofSeconds(1));
                    continue;
                }
                timed(STREAM_OPEN, start);
                Stream<String> lines = response.body();
                openStreams.add(lines);
                try (lines) {
                    // closed by close(): the read ends with an exception, not a failure of the stream
                    lines.takeWhile(l -> running).filter(l -> l.startsWith("data:")).forEach(l -> {
                        kinds.get(EVENTS).count.increment();
                        intervalEvents.increment();
                    });
                } finally {
                    openStreams.remove(lines);
                }
            } catch (Exception e) {
                if (running) {
                    failed(STREAM_OPEN, e.toString());
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    /** One timed call: the answer when its status is {@code expected}, else null (a failure, counted). */
    private HttpResponse<String> call(String kind, Callable<HttpResponse<String>> send, int expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = send.call();
            if (response.statusCode() != expected) {
                failed(kind, response.request().method() + " " + response.uri().getRawPath() + " answered "
                        + response.statusCode() + ": " + abbreviate(response.body()));
                return null;
            }
            timed(kind, start);
            return response;
        } catch (Exception e) {
            failed(kind, e.toString());
            return null;
        }
    }

    private void timed(String kind, long start) {
        long micros = Math.max(1, (System.nanoTime() - start) / 1000);
        kinds.get(kind).latencies.recordValue(micros);
        interval.recordValue(micros);
    }

    private void failed(String kind, String what) {
        kinds.get(kind).errors.increment();
        intervalErrors.incrementAndGet();
        if (errorCount.getAndIncrement() < ERROR_SAMPLES) {
            errorSamples.add(kind + ": " + what);
        }
    }

    /** Public, so that every stream holder (another team) receives it. */
    private Map<String, Object> annotation(String note) {
        Map<String, Object> annotation = new HashMap<>(document.annotation(note));
        annotation.put("visibility", "public");
        return annotation;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.setHeader("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(Object json) throws com.fasterxml.jackson.core.JsonProcessingException {
        return HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(json));
    }

    /** The annotation's IRI: the Location header, else the id of the answer. */
    private static String iri(HttpResponse<String> created) {
        return created.headers().firstValue("Location").orElseGet(() -> {
            try {
                return Api.JSON.readTree(created.body()).path("id").asText();
            } catch (Exception e) {
                throw new IllegalStateException("no Location and no id in " + abbreviate(created.body()), e);
            }
        });
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private void pause(Duration d) {
        if (d.isZero() || !running && d.toMillis() > 100) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    /** Kinds that must each have happened in any run (all of them). */
    static List<String> allKinds() {
        return concat(READS, WRITES, List.of(STREAM_OPEN, EVENTS));
    }
}
