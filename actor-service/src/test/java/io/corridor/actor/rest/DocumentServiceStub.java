package io.corridor.actor.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the document-service on a real HTTP port, so that mention detection and the
 * timeline cross a real REST client: {@code GET /api/v1/documents/{id}/text} from {@link #TEXTS},
 * and the listing ({@code ?page=&size=}) and {@code /versions/{n}/text} from {@link #DOCUMENTS}.
 * {@link #down} makes every answer a 503; {@link #reads} counts the texts read per document.
 */
public class DocumentServiceStub implements QuarkusTestResourceLifecycleManager {

    /** A listed document; a null text answers 404 as if it had been deleted since the listing. */
    public record StubDocument(long id, String title, String date, int version, String text) {
    }

    /** An annotation linking a passage of a document version to an actor. */
    public record StubAnnotation(long actor, String motivation, String status, long document, int version, int start, int end,
            String exact) {
    }

    public static final Map<Long, String> TEXTS = new ConcurrentHashMap<>();
    public static final Map<Long, StubDocument> DOCUMENTS = new ConcurrentHashMap<>();
    public static final Map<Long, AtomicInteger> READS = new ConcurrentHashMap<>();
    /** Annotations of the container, answered when their actor, motivation and status match the query. */
    public static final List<StubAnnotation> ANNOTATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();
    public static volatile boolean down;

    private static final Pattern TEXT = Pattern.compile("/api/v1/documents/(\\d+)/text");
    private static final Pattern VERSION_TEXT = Pattern.compile("/api/v1/documents/(\\d+)/versions/(\\d+)/text");
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpServer server;

    public static int reads(long id) {
        AtomicInteger n = READS.get(id);
        return n == null ? 0 : n.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try {
                answer(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.document-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        if (down) {
            send(exchange, 503, "application/problem+json", "{\"status\":503,\"title\":\"Service unavailable\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/v1/annotations/") || path.equals("/api/v1/annotations")) {
            send(exchange, 200, "application/json", annotations(params(exchange.getRequestURI().getQuery())));
            return;
        }
        if (path.equals("/api/v1/documents")) {
            send(exchange, 200, "application/json", listing(exchange.getRequestURI().getQuery()));
            return;
        }
        String text = null;
        Matcher m = TEXT.matcher(path);
        Matcher v = VERSION_TEXT.matcher(path);
        if (m.matches()) {
            text = TEXTS.get(Long.parseLong(m.group(1)));
        } else if (v.matches()) {
            long id = Long.parseLong(v.group(1));
            StubDocument d = DOCUMENTS.get(id);
            if (d != null && d.version() == Integer.parseInt(v.group(2))) {
                READS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                text = d.text();
            }
        }
        if (text == null) {
            send(exchange, 404, "application/problem+json", "{\"status\":404,\"title\":\"Not found\"}");
        } else {
            send(exchange, 200, "text/plain;charset=UTF-8", text);
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return params;
    }

    /** An AnnotationPage as the document-service's container answers it (the parts the actor-service reads). */
    private static String annotations(Map<String, String> params) throws IOException {
        int page = Integer.parseInt(params.getOrDefault("page", "0"));
        int size = Integer.parseInt(params.getOrDefault("size", "100"));
        List<StubAnnotation> all = ANNOTATIONS.stream()
                .filter(a -> !params.containsKey("actor") || Long.parseLong(params.get("actor")) == a.actor())
                .filter(a -> !params.containsKey("motivation") || params.get("motivation").equals(a.motivation()))
                .filter(a -> !params.containsKey("status") || params.get("status").equals(a.status())).toList();
        List<Map<String, Object>> items = all.stream().skip((long) page * size).limit(size).map(a -> Map.<String, Object> of(
                "type", "Annotation", "motivation", a.motivation(), "status", a.status(),
                "target", Map.of("source", "http://localhost:8080/api/v1/documents/" + a.document(), "version", a.version(),
                        "selector", List.of(Map.of("type", "TextQuoteSelector", "exact", a.exact(), "prefix", "", "suffix", ""),
                                Map.of("type", "TextPositionSelector", "start", a.start(), "end", a.end()))))).toList();
        return JSON.writeValueAsString(Map.of("type", "AnnotationPage", "partOf", Map.of("total", all.size()), "startIndex",
                page * size, "items", items));
    }

    /** The listing's shape: {items: [{id, title, date, version: {n}}], page, size, total}, newest id first. */
    private static String listing(String query) throws IOException {
        Map<String, String> params = params(query);
        int page = Integer.parseInt(params.getOrDefault("page", "0"));
        int size = Integer.parseInt(params.getOrDefault("size", "20"));
        List<StubDocument> all = DOCUMENTS.values().stream().sorted(Comparator.comparingLong(StubDocument::id).reversed()).toList();
        List<Map<String, Object>> items = all.stream().skip((long) page * size).limit(size).map(d -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id());
            item.put("title", d.title());
            if (d.date() != null) {
                item.put("date", d.date());
            }
            item.put("version", Map.of("n", d.version()));
            return item;
        }).toList();
        return JSON.writeValueAsString(Map.of("items", items, "page", page, "size", size, "total", all.size()));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
