package io.corridor.e2e.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.e2e.Tokens;
import io.corridor.testing.ServerSentEvents;
import io.corridor.testing.ServerSentEvents.Event;

/**
 * A subscriber of a document's Server-Sent Events through the gateway, as a script reads them (the
 * browser suite covers EventSource); the stream is parsed by test-support's {@link ServerSentEvents}.
 */
public final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Only a bound on waiting for an event that should come, so a broken stream fails instead of hanging. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ServerSentEvents events;

    private EventStream(InputStream body) {
        this.events = ServerSentEvents.read(body);
    }

    /** Subscribes as {@code user}; lastEventId goes in the Last-Event-ID header, or in the query when inQuery. */
    static EventStream open(String user, long document, String lastEventId, boolean inQuery) {
        return open(user, Annotations.API + "/documents/" + document + "/events"
                + (lastEventId != null && inQuery ? "?lastEventId=" + lastEventId : ""), inQuery ? null : lastEventId);
    }

    /** Subscribes as {@code user} to the stream at {@code uri}, with a Last-Event-ID header unless null. */
    public static EventStream open(String user, String uri, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET()
                .header("Authorization", "Bearer " + Tokens.of(user)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                String problem = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError("events at " + uri + " answered " + response.statusCode() + ": " + problem);
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

    /** The data of an event, as JSON. */
    public static JsonNode json(Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + event.data(), e);
        }
    }

    /** The next event that matches; the others on the way are kept in {@link #seen()}. */
    public Event next(String what, Predicate<Event> wanted) {
        return events.next(what, e -> e.comment() == null && wanted.test(e), PATIENCE);
    }

    /** The events read so far (keep-alive comments left out). */
    public List<Event> seen() {
        return events.seen().stream().filter(e -> e.comment() == null).toList();
    }

    /** The next annotation event of this name about the annotation with that IRI. */
    Event next(String name, String iri) {
        Event e = next(name + " of " + iri, x -> name.equals(x.type()) && iri.equals(json(x).path("id").asText()));
        assertTrue(e.id() != null && e.id().matches("\\d+"), "annotation events carry their sequence number: " + e);
        return e;
    }

    /** Waits until the service counts this subscriber among the document's viewers. */
    void joinedAs(String user) {
        Event e = next("presence of " + user, x -> "presence".equals(x.type())
                && json(x).path("viewers").findValuesAsText("name").contains(user));
        assertEquals(null, e.id(), "presence is not replayable");
    }

    @Override
    public void close() {
        events.close();
    }
}
