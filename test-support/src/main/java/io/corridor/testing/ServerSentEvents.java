package io.corridor.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code text/event-stream} body read line by line on a thread of its own, as a browser's
 * EventSource parses it (WHATWG HTML, "Server-sent events": {@code id:}, {@code event:}, multi-line
 * {@code data:}, an event dispatched at a blank line only when it has data), so that tests check the
 * bytes on the wire rather than a framework's view of them. Comment lines (keep-alives) are kept as
 * events with {@code comment} set, because tests look for them.
 *
 * <p>Plain Java on purpose: the service tests and the end-to-end suite (which has no Quarkus on its
 * class path) share it.
 */
public final class ServerSentEvents implements AutoCloseable {

    /** One event, or one comment line ({@code comment} set, the rest null). */
    public record Event(String id, String type, String data, String comment) {
    }

    private static final Event END = new Event(null, null, null, null);

    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final List<Event> seen = new CopyOnWriteArrayList<>();
    private final InputStream body;

    private ServerSentEvents(InputStream body) {
        this.body = body;
    }

    /** Starts reading {@code body} (an HTTP response's, status already checked by the caller). */
    public static ServerSentEvents read(InputStream body) {
        ServerSentEvents events = new ServerSentEvents(body);
        Thread reader = new Thread(events::parse, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /**
     * The next event matching {@code wanted}, skipping the others (kept in {@link #seen()}); fails
     * with {@code what} in the message when none comes within {@code patience} or the stream ends.
     * The patience only bounds waiting for something that should come; it never measures speed.
     */
    public Event next(String what, Predicate<Event> wanted, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Event event = poll(deadline);
            if (event == null) {
                throw new AssertionError("no " + what + " within " + patience + "; seen: " + seen);
            }
            if (event == END) {
                throw new AssertionError("the stream ended before " + what + "; seen: " + seen);
            }
            seen.add(event);
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** Waits for the server to end the stream, returning what came before it. */
    public List<Event> awaitEnd(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Event> before = new ArrayList<>();
        while (true) {
            Event event = poll(deadline);
            if (event == null) {
                throw new AssertionError("the stream did not end within " + patience);
            }
            if (event == END) {
                return before;
            }
            seen.add(event);
            before.add(event);
        }
    }

    /** Everything taken from the stream so far, in order. */
    public List<Event> seen() {
        return List.copyOf(seen);
    }

    private Event poll(long deadline) {
        try {
            return queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void parse() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        queue.add(new Event(id, type == null ? "message" : type, data.toString(), null));
                    }
                    id = null;
                    type = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    queue.add(new Event(null, null, null, line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + (line.startsWith(" ", colon + 1) ? 2 : 1));
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields do not matter to the tests
                        }
                    }
                }
            }
        } catch (IOException e) {
            // closed by the test
        } finally {
            queue.add(END);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
