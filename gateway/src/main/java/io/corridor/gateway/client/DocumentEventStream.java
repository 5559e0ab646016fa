package io.corridor.gateway.client;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Problems;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * The document-service's live annotation events (Server-Sent Events), read with a plain Vert.x HTTP
 * client: the stream lasts as long as the subscriber stays, so it has no read timeout, no retry and
 * no circuit breaker (a reconnecting browser sends Last-Event-ID and misses nothing). The service's
 * refusal (401, 404...) arrives before any event and becomes the gateway's problem.
 */
@ApplicationScoped
public class DocumentEventStream {

    /** One event as the service sent it, or a comment (the service's keep-alive) when comment is set. */
    public record Event(String id, String name, String data, Long retry, String comment) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI service;

    DocumentEventStream(Vertx vertx, @ConfigProperty(name = "quarkus.rest-client.document-service.url") URI service,
            @ConfigProperty(name = "corridor.events.max-streams", defaultValue = "2000") int maxStreams) {
        this.service = service;
        boolean tls = "https".equalsIgnoreCase(service.getScheme());
        // Each subscriber holds one upstream connection for as long as it listens: Vert.x's default
        // pool of 5 would let a sixth viewer wait forever.
        this.client = vertx.createHttpClient(new HttpClientOptions().setSsl(tls).setConnectTimeout(2000)
                .setIdleTimeout(0).setKeepAlive(false), new PoolOptions().setHttp1MaxSize(maxStreams));
    }

    @PreDestroy
    void close() {
        client.closeAndForget();
    }

    /**
     * Opens the stream of a document for the holder of {@code accessToken}. The Uni fails with the service's
     * problem if it refuses, or with the connection's error if it cannot be reached; else it gives the events.
     */
    public Uni<Multi<Event>> open(long document, String accessToken, String lastEventId) {
        String path = (service.getRawPath() == null ? "" : service.getRawPath().replaceAll("/$", ""))
                + "/api/v1/documents/" + document + "/events"
                + (lastEventId == null ? "" : "?lastEventId=" + URLEncoder.encode(lastEventId, StandardCharsets.UTF_8));
        boolean tls = "https".equalsIgnoreCase(service.getScheme());
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(service.getHost())
                .setPort(service.getPort() > 0 ? service.getPort() : tls ? 443 : 80).setURI(path)
                .putHeader("Accept", "text/event-stream");
        if (accessToken != null) {
            request.putHeader("Authorization", "Bearer " + accessToken);
        }
        if (lastEventId != null) {
            request.putHeader("Last-Event-ID", lastEventId);
        }
        return client.request(request).flatMap(r -> r.send()).flatMap(response -> {
            if (response.statusCode() == 200) {
                // Nothing is read until the gateway's subscriber asks for it.
                response.pause();
                return Uni.createFrom().item(events(response));
            }
            return response.body().map(body -> {
                throw problem(response.statusCode(), response.getHeader("Content-Type"), body);
            });
        });
    }

    private static Multi<Event> events(HttpClientResponse response) {
        Parser parser = new Parser();
        return response.toMulti().onItem().transformToIterable(buffer -> parser.feed(buffer.getBytes()))
                .onCancellation().invoke(() -> {
                    // The subscriber left: what the closing connection reports is of no interest to anyone.
                    response.exceptionHandler(closing -> {
                    });
                    response.request().connection().closeAndForget();
                });
    }

    /** The service's problem document as it sent it, else a problem of the same status. */
    private static ProblemException problem(int status, String type, Buffer body) {
        if (type != null && type.contains("json") && body != null && body.length() > 0) {
            try {
                Problem problem = JSON.readValue(body.getBytes(), Problem.class);
                if (problem.status() == status) {
                    return new ProblemException(problem);
                }
            } catch (Exception unreadable) {
                // falls through to a problem of the same status
            }
        }
        return new ProblemException(Problems.of(status, "the service answered " + status));
    }

    /**
     * The text/event-stream format (WHATWG HTML, server-sent events): lines of "field: value", an
     * empty line ends an event, lines starting with ":" are comments. Bytes are decoded a whole line
     * at a time, so a character split between two network buffers stays intact.
     */
    public static final class Parser {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private boolean afterCarriageReturn;
        private String id;
        private String name;
        private StringBuilder data;
        private Long retry;

        public List<Event> feed(byte[] bytes) {
            List<Event> events = new ArrayList<>();
            for (byte b : bytes) {
                if (b == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = b == '\r';
                if (b == '\n' || b == '\r') {
                    Event event = line(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                    if (event != null) {
                        events.add(event);
                    }
                } else {
                    line.write(b);
                }
            }
            return events;
        }

        private Event line(String text) {
            if (text.isEmpty()) {
                Event event = data == null ? null : new Event(id, name, data.toString(), retry, null);
                id = null;
                name = null;
                data = null;
                retry = null;
                return event;
            }
            if (text.startsWith(":")) {
                return new Event(null, null, null, null, text.substring(1).strip());
            }
            int colon = text.indexOf(':');
            String field = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + (text.startsWith(" ", colon + 1) ? 2 : 1));
            switch (field) {
                // The id of this event only: the browser itself remembers the last one it saw.
                case "id" -> id = value.isEmpty() ? null : value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                case "retry" -> retry = value.matches("\\d+") ? Long.valueOf(value) : retry;
                default -> {
                    // unknown fields are ignored, as the format says
                }
            }
            return null;
        }
    }
}
