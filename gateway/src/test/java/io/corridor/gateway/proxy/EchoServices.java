package io.corridor.gateway.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Three real HTTP servers standing in for the services behind the gateway, each answering every request
 * with what it received: its own name, the method, the raw path and query, the request's Authorization,
 * Cookie and body. A test then sees exactly what the edge passed on and to whom. An answer's status is
 * 207 (no handler of the gateway's would make it up), its Location names the service's own address.
 */
public class EchoServices implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("document-service", "actor-service", "remittance-service");
    static final int STATUS = 207;

    private final List<HttpServer> servers = new java.util.ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.setExecutor(Executors.newCachedThreadPool());
                server.createContext("/", exchange -> echo(service, exchange));
                server.start();
                servers.add(server);
                config.put("corridor." + service + ".url", "http://localhost:" + server.getAddress().getPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return config;
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        byte[] received = exchange.getRequestBody().readAllBytes();
        String text = service + "\n" + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                + "\nAuthorization: " + exchange.getRequestHeaders().getFirst("Authorization")
                + "\nCookie: " + exchange.getRequestHeaders().getFirst("Cookie")
                + "\nbody: " + received.length + " bytes, sha " + Integer.toHexString(java.util.Arrays.hashCode(received));
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().add("Location",
                "http://localhost:" + exchange.getLocalAddress().getPort() + exchange.getRequestURI().getRawPath() + "/echoed");
        exchange.getResponseHeaders().add("ETag", "\"" + service + "\"");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(STATUS, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(STATUS, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
    }
}
