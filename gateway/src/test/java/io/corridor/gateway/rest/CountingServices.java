package io.corridor.gateway.rest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for the three services behind the gateway, which counts the writes that
 * reach it: what an Idempotency-Key must prevent is a second create downstream. An actor named "boom" fails
 * (500); an actor named "slow" waits until the test calls {@code POST /test/release}, so that a duplicate
 * can be sent while the first is in flight. {@code GET /test/count/<path>} answers how many POSTs reached
 * a path; {@code GET /test/arrived} answers once a slow request is waiting.
 */
public class CountingServices implements QuarkusTestResourceLifecycleManager {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(100);
    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("corridor.document-service.url", url, "corridor.actor-service.url", url,
                "corridor.remittance-service.url", url, "counting-services.url", url);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        String method = exchange.getRequestMethod();
        try {
            if (path.startsWith("/test/count/")) {
                AtomicInteger n = counts.get(path.substring("/test/count".length()));
                send(exchange, 200, "text/plain", String.valueOf(n == null ? 0 : n.get()), null);
            } else if (path.equals("/test/arrived")) {
                send(exchange, arrived.await(60, TimeUnit.SECONDS) ? 200 : 504, "text/plain", "", null);
            } else if (path.equals("/test/release")) {
                release.countDown();
                send(exchange, 200, "text/plain", "", null);
            } else if (method.equals("POST") && path.equals("/api/v1/actors")) {
                if (body.contains("\"boom\"")) {
                    created("/boom");
                    send(exchange, 500, "application/problem+json",
                            "{\"type\":\"urn:corridor:problem:server-error\",\"title\":\"Internal Server Error\",\"status\":500}", null);
                    return;
                }
                if (body.contains("\"slow\"")) {
                    arrived.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
                int id = created(path);
                exchange.getResponseHeaders().add("Location", "http://actor-service:8082/api/v1/actors/" + id);
                send(exchange, 201, "application/json", """
                        {"id":%d,"key":"a%d","family":"actor","kind":"state","name":"Actor %d","names":[{"name":"Actor %d"}],
                         "aliases":[],"acronyms":[],"country":"MLI","status":"accepted","version":1,"createdBy":"curator",
                         "createdAt":"2026-01-01T10:00:00Z"}""".formatted(id, id, id, id), "\"1\"");
            } else if (method.equals("POST") && path.equals("/api/v1/documents")) {
                int id = created(path);
                exchange.getResponseHeaders().add("Location", "http://document-service:8081/api/v1/documents/" + id);
                send(exchange, 201, "application/json", """
                        {"id":%d,"title":"Upload %d","authors":[],"kind":"other","tags":[],"createdBy":"annotator",
                         "createdAt":"2026-01-01T10:00:00Z","updatedAt":"2026-01-01T10:00:00Z",
                         "version":{"n":1,"sha256":"%064d","mediaType":"text/plain","size":5,"textLength":5,"noTextLayer":false,
                                    "createdBy":"annotator","createdAt":"2026-01-01T10:00:00Z"}}""".formatted(id, id, id), "\"1\"");
            } else if (method.equals("POST") && path.equals("/api/v1/indicators/imports")) {
                int id = created(path);
                send(exchange, 200, "application/json", """
                        {"id":%d,"format":"wb-csv","source":"World Bank","release":"2026-01","rows":%d,"new":1,"revised":0,
                         "unchanged":0,"missing":0,"releaseDate":"2026-01-31","importedAt":"2026-01-01T10:00:00Z","importedBy":"curator"}"""
                        .formatted(id, body.length()), null);
            } else {
                send(exchange, 404, "application/problem+json",
                        "{\"type\":\"urn:corridor:problem:not-found\",\"title\":\"Not found\",\"status\":404}", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, "text/plain", "", null);
        }
    }

    private int created(String path) {
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        return ids.incrementAndGet();
    }

    private static void send(HttpExchange exchange, int status, String type, String text, String etag) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
