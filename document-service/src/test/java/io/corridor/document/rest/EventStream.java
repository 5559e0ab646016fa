package io.corridor.document.rest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Server-Sent Events client reading the real HTTP stream line by line, as a browser's EventSource
 * does (comments, {@code id:}, {@code event:}, multi-line {@code data:}), so that tests check the
 * bytes on the wire rather than a framework's view of them.
 */
final class EventStream implements AutoCloseable {

    /** How long a test waits for an expected event before it fails; generous, never a measure of speed. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One event as the client saw it; {@code comment} set for a comment line. */
    record Event(String id, String type, String data, String comment) {
    }

    private static final Event END = new Event(null, null, null, null);

    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    final int status;
    final String contentType;
    final String errorBody;

    private EventStream(HttpResponse<InputStream> response) throws IOException {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        if (status != 200) {
            errorBody = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return;
        }
        errorBody = null;
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
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
        try {
            Event event = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(event, "no event within " + PATIENCE);
            if (event == END) {
                fail("the stream ended");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event matching, skipping others (presence, keep-alive comments...). */
    Event next(Predicate<Event> wanted) {
        while (true) {
            Event event = next();
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** The next annotation event (created, updated or deleted). */
    Event nextAnnotationEvent() {
        return next(e -> e.comment() == null && !"presence".equals(e.type()));
    }

    /** Waits for the server to end the stream, returning what came before. */
    List<Event> awaitEnd() {
        List<Event> seen = new ArrayList<>();
        try {
            while (true) {
                Event event = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertNotNull(event, "the stream did not end within " + PATIENCE);
                if (event == END) {
                    return seen;
                }
                seen.add(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || type != null || id != null) {
                        events.add(new Event(id, type, data == null ? null : data.toString(), null));
                    }
                    id = null;
                    type = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, null, line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields do not matter here
                        }
                    }
                }
            }
        } catch (IOException e) {
            // closed by the test
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing left to release
        }
        client.close();
    }
}
