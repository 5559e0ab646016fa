package io.corridor.gateway.proxy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.gateway.IdempotencyRecord;
import io.corridor.gateway.edge.Answers;
import io.corridor.gateway.edge.Answers.Answer;
import io.corridor.gateway.edge.Edge;
import io.corridor.gateway.service.IdempotencyStore;
import io.corridor.gateway.service.RequestFingerprint;
import io.corridor.support.problem.Violation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Idempotency-Key on a POST (draft-ietf-httpapi-idempotency-key-header): the first request with a key
 * takes it and its answer is kept; a retry with the same key and the same request gets that answer again
 * (status, Location, ETag, body) and nothing is done twice; the same key for another request is a 422
 * problem; while the first is still at work, a 409 problem. A 5xx (or 408, 429) answer forgets the key,
 * so the client may retry. The body is never held: it is digested as it streams to the service, and a
 * retry's body is digested (and discarded) before its stored answer is given.
 */
final class IdempotentPost implements ProxyInterceptor {

    static final String HEADER = "Idempotency-Key";
    static final String RULE = "must be 1 to 255 visible ASCII characters";
    private static final Logger LOG = Logger.getLogger(IdempotentPost.class);
    /** The headers of an answer a client acts on, kept with it. */
    private static final List<String> KEPT = List.of("Location", "Content-Location", "ETag", "Last-Modified", "Link",
            "Preference-Applied", "Content-Disposition");
    /** Larger answers are passed on but not kept: a POST answers with a representation, not a download. */
    private static final int LARGEST_KEPT = 8 * 1024 * 1024;
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    private final IdempotencyStore store;
    private final Answers answers;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private IdempotencyRecord.Key claimed;
    private BodyDigest digest;

    IdempotentPost(IdempotencyStore store, Answers answers, ObjectMapper mapper, SecurityIdentity identity) {
        this.store = store;
        this.answers = answers;
        this.mapper = mapper;
        this.identity = identity;
    }

    /** Whether the request asks for it: a POST with the header. */
    static boolean wanted(HttpServerRequest request) {
        return "POST".equals(request.method().name()) && request.headers().contains(HEADER);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        List<String> sent = incoming.headers().getAll(HEADER);
        String key = sent.size() == 1 ? key(sent.get(0)) : null;
        if (key == null) {
            return answer(context, answers.problem(400, "validation", "Invalid request", HEADER + " " + RULE,
                    incoming.path(), List.of(Violation.field(HEADER, RULE)), Map.of()));
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(Edge.subject(identity), key);
        digest = new BodyDigest(request.getBody().stream(), head(incoming), boundary(incoming.getHeader("Content-Type")));
        request.setBody(Body.body(digest, request.getBody().length()));
        return future(() -> store.take(id, null)).compose(held -> {
            if (held == null) {
                claimed = id;
                return context.sendRequest();
            }
            if (held.inFlight()) {
                return answer(context, conflict(incoming.path()));
            }
            return digest.drain().compose(hex -> hex.equals(held.fingerprint) ? replay(context, held)
                    : answer(context, reused(incoming.path())));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (claimed == null) {
            return context.sendResponse();
        }
        IdempotencyRecord.Key id = claimed;
        claimed = null;
        ProxyResponse response = context.response();
        int status = response.getStatusCode();
        long length = response.getBody() == null ? 0 : response.getBody().length();
        if (!kept(status) || length > LARGEST_KEPT || !digest.ended()) {
            return release(id).compose(v -> context.sendResponse());
        }
        return read(response).compose(body -> {
            response.setBody(Body.body(body));
            if (!digest.ended()) {
                return release(id);
            }
            return future(() -> store.complete(id, digest.hex(), status, response.headers().get("Content-Type"),
                    headers(response), body.getBytes()))
                    .recover(e -> {
                        // A key that cannot be written stays in flight until abandoned: logged, the answer still leaves.
                        LOG.errorf(e, "Idempotency-Key record not updated for %s", id.caller);
                        return Future.succeededFuture();
                    });
        }).compose(v -> context.sendResponse());
    }

    private Future<Void> release(IdempotencyRecord.Key id) {
        return future(() -> store.release(id)).recover(e -> {
            LOG.errorf(e, "Idempotency-Key not released for %s", id.caller);
            return Future.succeededFuture();
        });
    }

    /**
     * Answers a server failure (5xx) and a transient refusal (408, 429) are not kept: the client may retry.
     * Client mistakes (4xx) are: the same request would get the same answer.
     */
    private static boolean kept(int status) {
        return status < 500 && status != 408 && status != 429;
    }

    private Future<ProxyResponse> replay(ProxyContext context, IdempotencyRecord held) {
        ProxyResponse response = context.request().response().release().setStatusCode(held.status);
        if (held.headers != null) {
            try {
                mapper.readValue(held.headers, HEADERS).forEach((name, values) -> values.forEach(v -> response.headers().add(name, v)));
            } catch (JsonProcessingException e) {
                return Future.failedFuture(e);
            }
        }
        byte[] body = held.body == null ? new byte[0] : held.body;
        if (body.length > 0 && held.contentType != null) {
            response.putHeader("Content-Type", held.contentType);
        }
        return Future.succeededFuture(response.setBody(Body.body(Buffer.buffer(body))));
    }

    private String headers(ProxyResponse response) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : KEPT) {
            List<String> values = response.headers().getAll(name);
            if (!values.isEmpty()) {
                kept.put(name, values);
            }
        }
        try {
            return mapper.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("header values are strings", e);
        }
    }

    private Answer conflict(String path) {
        return answers.problem(409, "idempotency-key-in-use", "Conflict",
                "a request with this Idempotency-Key is still being processed: retry once it has answered", path,
                List.of(Violation.field(HEADER, "is in use by a request still being processed")), Map.of());
    }

    private Answer reused(String path) {
        return answers.problem(422, "idempotency-key-reused", "Unprocessable content",
                "this Idempotency-Key was sent with a different request (method, path, query, media type or body): "
                        + "use a new key for a new request",
                path, List.of(Violation.field(HEADER, "was used for a different request")), Map.of());
    }

    static Future<ProxyResponse> answer(ProxyContext context, Answer answer) {
        ProxyResponse response = context.request().response().release().setStatusCode(answer.status());
        answer.writeHeaders(response.headers());
        return Future.succeededFuture(response.setBody(Body.body(answer.body())));
    }

    private static Future<Buffer> read(ProxyResponse response) {
        Promise<Buffer> all = Promise.promise();
        Buffer collected = Buffer.buffer();
        if (response.getBody() == null) {
            return Future.succeededFuture(collected);
        }
        var stream = response.getBody().stream();
        stream.exceptionHandler(all::tryFail);
        stream.endHandler(v -> all.tryComplete(collected));
        stream.handler(collected::appendBuffer);
        stream.resume();
        return all.future();
    }

    private static <T> Future<T> future(Supplier<Uni<T>> work) {
        return Future.fromCompletionStage(work.get().subscribeAsCompletionStage());
    }

    private static RequestFingerprint head(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        String bare = type == null ? null : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return RequestFingerprint.of(request.method().name(), request.path(), request.query(), bare);
    }

    /** The boundary parameter of a multipart media type, else null. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("boundary")) {
                String value = pair[1].trim();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The key as sent, bare or as a structured-field string ("..."); null unless 1 to 255 visible ASCII characters. */
    static String key(String sent) {
        String key = sent.length() >= 2 && sent.startsWith("\"") && sent.endsWith("\"") ? sent.substring(1, sent.length() - 1)
                : sent;
        if (key.isEmpty() || key.length() > 255) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return null;
            }
        }
        return key;
    }
}
