package io.corridor.document.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.corridor.testing.ServerSentEvents;
import io.corridor.testing.ServerSentEvents.Event;

/**
 * A subscriber of a document's events over real HTTP; the stream itself is parsed by test-support's
 * {@link ServerSentEvents}, as a browser's EventSource would.
 */
final class EventStream implements AutoCloseable {

    /** How long a test waits for an expected event before it fails; generous, never a measure of speed. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newHttpClient();
    private final ServerSentEvents events;
    final int status;
    final String contentType;
    final String errorBody;

    private EventStream(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status != 200) {
            errorBody = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            events = null;
            return;
        }
        errorBody = null;
        events = ServerSentEvents.read(response.body());
    }

    static EventStream open(URI uri, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
            headers.forEach(request::header);
            return new EventStream(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event or comment, failing the test if none comes within {@link #PATIENCE}. */
    Event next() {
        return events.next("event", e -> true, PATIENCE);
    }

    /** The next event matching, skipping others (presence, keep-alive comments...). */
    Event next(Predicate<Event> wanted) {
        return events.next("matching event", wanted, PATIENCE);
    }

    /** The next annotation event (created, updated or deleted). */
    Event nextAnnotationEvent() {
        return next(e -> e.comment() == null && !"presence".equals(e.type()));
    }

    /** Waits for the server to end the stream, returning what came before. */
    List<Event> awaitEnd() {
        return events.awaitEnd(PATIENCE);
    }

    @Override
    public void close() {
        if (events != null) {
            events.close();
        }
        client.close();
    }
}
