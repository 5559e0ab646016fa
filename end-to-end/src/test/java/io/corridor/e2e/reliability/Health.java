package io.corridor.e2e.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.corridor.e2e.Stack;

/** Readiness of each component of the suite's stack, and bringing back what does not recover by itself. */
final class Health {

    /** Each component and how to ask it whether it is ready, in the order the corridor script starts them. */
    static final Map<String, String> READY = new LinkedHashMap<>();
    static {
        READY.put("postgres", "tcp:" + Stack.POSTGRES_PORT);
        READY.put("keycloak", "http://localhost:" + Stack.KEYCLOAK_MANAGEMENT_PORT + "/health/ready");
        READY.put("document-service", Stack.DOCUMENT_SERVICE + "/q/health/ready");
        READY.put("actor-service", Stack.ACTOR_SERVICE + "/q/health/ready");
        READY.put("remittance-service", Stack.REMITTANCE_SERVICE + "/q/health/ready");
        READY.put("gateway", Stack.GATEWAY + "/q/health/ready");
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Health() {
    }

    static boolean ready(String component) {
        String probe = READY.get(component);
        try {
            if (probe.startsWith("tcp:")) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("localhost", Integer.parseInt(probe.substring(4))), 3000);
                    return true;
                }
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(probe)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * After PostgreSQL came back: gives every component up to three minutes to reconnect by itself (their
     * readiness checks include the database), then restarts those that did not. Answers the restarted ones.
     */
    static List<String> recover() {
        for (int i = 0; i < 180 && !READY.keySet().stream().allMatch(Health::ready); i++) {
            CrashSafetyEndToEndTest.pause(1000);
        }
        List<String> restarted = new ArrayList<>();
        for (String c : READY.keySet()) {
            if (!ready(c)) {
                Stack.stop(c);
                Stack.start(c);
                restarted.add(c);
            }
        }
        return restarted;
    }

    /** Leaves the stack whole for the tests after: starts (or restarts) whatever is not ready. */
    static void ensureAllReady() {
        for (String c : READY.keySet()) {
            if (!ready(c)) {
                Stack.stop(c);
                Stack.start(c);
            }
        }
    }
}
