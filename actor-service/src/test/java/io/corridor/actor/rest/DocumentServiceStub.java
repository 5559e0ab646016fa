package io.corridor.actor.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the document-service's {@code GET /api/v1/documents/{id}/text} (built elsewhere),
 * on a real HTTP port, so that mention detection by documentId crosses a real REST client.
 */
public class DocumentServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final Map<Long, String> TEXTS = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("/api/v1/documents/(\\d+)/text");
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
            String text = m.matches() ? TEXTS.get(Long.parseLong(m.group(1))) : null;
            if (text == null) {
                byte[] body = "{\"status\":404,\"title\":\"Not found\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
            } else {
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain;charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.document-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
