package io.corridor.e2e.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.e2e.Tokens;

/**
 * A subscriber of a document's Server-Sent Events through the gateway, as a script reads them (the
 * browser suite covers EventSource). Events are read on a thread of their own into a queue.
 */
final class EventStream implements AutoCloseable {

    record Event(String id, String name, String data) {
        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new AssertionError("event data is not JSON: " + data, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Only a bound on waiting for an event that should come, so a broken stream fails instead of hanging. */
    private static final long PATIENCE_SECONDS = 60;

    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    final List<Event> seen = new CopyOnWriteArrayList<>();
    private final InputStream body;

    private EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes as {@code user}; lastEventId goes in the Last-Event-ID header, or in the query when inQuery. */
    static EventStream open(String user, long document, String lastEventId, boolean inQuery) {
        String uri = Annotations.API + "/documents/" + document + "/events"
                + (lastEventId != null && inQuery ? "?lastEventId=" + lastEventId : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET()
                .header("Authorization", "Bearer " + Tokens.of(user)).header("Accept", "text/event-stream");
        if (lastEventId != null && !inQuery) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String problem = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError("events of document " + document + " answered " + response.statusCode() + ": " + problem);
            }
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                    response.headers().map().toString());
            return new EventStream(response.body());
        } catch (IOException e) {
            throw new AssertionError("cannot subscribe to " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        queue.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + (line.startsWith(" ", colon + 1) ? 2 : 1));
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    /** The next event that matches; the others on the way are kept in {@link #seen}. */
    Event next(String what, Predicate<Event> wanted) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (true) {
                Event e = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no " + what + " arrived; events seen: " + seen);
                }
                seen.add(e);
                if (wanted.test(e)) {
                    return e;
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ie);
        }
    }

    /** The next annotation event of this name about the annotation with that IRI. */
    Event next(String name, String iri) {
        Event e = next(name + " of " + iri, x -> name.equals(x.name()) && iri.equals(x.json().path("id").asText()));
        assertTrue(e.id() != null && e.id().matches("\\d+"), "annotation events carry their sequence number: " + e);
        return e;
    }

    /** Waits until the service counts this subscriber among the document's viewers. */
    void joinedAs(String user) {
        Event e = next("presence of " + user, x -> "presence".equals(x.name())
                && x.json().path("viewers").findValuesAsText("name").contains(user));
        assertEquals(null, e.id(), "presence is not replayable");
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
