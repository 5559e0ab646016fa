package io.corridor.gateway.proxy;

import java.util.List;
import java.util.stream.Collector;

import org.jboss.logging.Logger;

import io.corridor.gateway.IdempotencyRecord;
import io.corridor.gateway.edge.Answers;
import io.corridor.gateway.edge.Answers.Answer;
import io.corridor.gateway.edge.Edge;
import io.corridor.gateway.repository.IdempotencyStore;
import io.corridor.support.problem.Violation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Idempotency-Key on a POST (draft-ietf-httpapi-idempotency-key-header): the first request with a key takes it and its
 * answer is kept; a retry with the same key and the same request gets that answer again (status, Location, ETag, body)
 * and nothing is done twice; the same key for another request is a 422 problem; while the first is still at work, a 409
 * problem. A 5xx (or 408, 429) answer forgets the key, so the client may retry. The body is never held: it is digested
 * as it streams to the service, and a retry's body is digested (and discarded) before its stored answer is given.
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

    private final IdempotencyStore store;
    private final Answers answers;
    private final SecurityIdentity identity;
    private IdempotencyRecord.Key claimed;
    private BodyDigest digest;

    IdempotentPost(IdempotencyStore store, Answers answers, SecurityIdentity identity) {
        this.store = store;
        this.answers = answers;
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
        String path = incoming.path();
        if (key == null) {
            return answer(context, answers.problem(400, "validation", "Invalid request", HEADER + " " + RULE, path,
                    Violation.field(HEADER, RULE)));
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(Edge.subject(identity), key);
        digest = new BodyDigest(incoming, request.getBody().stream());
        request.setBody(Body.body(digest, request.getBody().length()));
        return store.take(id).compose(held -> {
            if (held == null) {
                claimed = id;
                return context.sendRequest();
            }
            if (held.inFlight()) {
                return answer(context, answers.problem(409, "idempotency-key-in-use", "Conflict",
                        "a request with this Idempotency-Key is still being processed: retry once it has answered", path,
                        Violation.field(HEADER, "is in use by a request still being processed")));
            }
            return digest.drain().compose(hex -> hex.equals(held.fingerprint()) ? replay(context, held)
                    : answer(context, answers.problem(422, "idempotency-key-reused", "Unprocessable content",
                            "this Idempotency-Key was sent with a different request (method, path, query, media type or "
                                    + "body): use a new key for a new request",
                            path, Violation.field(HEADER, "was used for a different request"))));
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
        return read(response.getBody()).compose(body -> {
            response.setBody(Body.body(body));
            return !digest.ended() ? release(id) : logged(store.complete(id, digest.hex(), status,
                    response.headers().get("Content-Type"), headers(response), body.getBytes()), "updated", id);
        }).compose(v -> context.sendResponse());
    }

    private Future<Void> release(IdempotencyRecord.Key id) {
        return logged(store.release(id), "released", id);
    }

    /** A key that cannot be written or released stays in flight until abandoned: logged, the answer still leaves. */
    private static Future<Void> logged(Future<Void> write, String what, IdempotencyRecord.Key id) {
        return write.recover(e -> {
            LOG.errorf(e, "Idempotency-Key not %s for %s", what, id.caller());
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

    private static Future<ProxyResponse> replay(ProxyContext context, IdempotencyRecord held) {
        ProxyResponse response = context.request().response().release().setStatusCode(held.status());
        if (held.headers() != null) {
            new JsonObject(held.headers()).forEach(header -> ((JsonArray) header.getValue())
                    .forEach(value -> response.headers().add(header.getKey(), (String) value)));
        }
        byte[] body = held.body() == null ? new byte[0] : held.body();
        if (body.length > 0 && held.contentType() != null) {
            response.putHeader("Content-Type", held.contentType());
        }
        return Future.succeededFuture(response.setBody(Body.body(Buffer.buffer(body))));
    }

    /** The headers a client acts on, as JSON: {"Location": ["/api/v1/actors/7"], ...}. */
    private static String headers(ProxyResponse response) {
        JsonObject kept = new JsonObject();
        KEPT.forEach(name -> {
            if (response.headers().contains(name)) {
                kept.put(name, new JsonArray(response.headers().getAll(name)));
            }
        });
        return kept.encode();
    }

    static Future<ProxyResponse> answer(ProxyContext context, Answer answer) {
        ProxyResponse response = context.request().response().release().setStatusCode(answer.status());
        answer.writeHeaders(response.headers());
        return Future.succeededFuture(response.setBody(Body.body(answer.body())));
    }

    private static Future<Buffer> read(Body body) {
        if (body == null) {
            return Future.succeededFuture(Buffer.buffer());
        }
        Future<Buffer> all = body.stream().collect(Collector.of(Buffer::buffer, Buffer::appendBuffer, Buffer::appendBuffer));
        body.stream().resume();
        return all;
    }

    /** The key as sent, bare or as a structured-field string ("..."); null unless 1 to 255 visible ASCII characters. */
    static String key(String sent) {
        String key = sent.length() >= 2 && sent.startsWith("\"") && sent.endsWith("\"") ? sent.substring(1, sent.length() - 1)
                : sent;
        return key.matches("[!-~]{1,255}") ? key : null;
    }
}
