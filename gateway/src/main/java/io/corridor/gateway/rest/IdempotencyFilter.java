package io.corridor.gateway.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.gateway.IdempotencyRecord;
import io.corridor.gateway.service.IdempotencyStore;
import io.corridor.gateway.service.RequestFingerprint;
import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;
import io.corridor.support.problem.Violation;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Idempotency-Key on POSTs of the public API (draft-ietf-httpapi-idempotency-key-header): the first request
 * with a key takes it and its answer is kept; a retry with the same key and the same request gets that
 * answer again (status, Location, ETag, body) and nothing is done twice; the same key for another request
 * is a 422 problem; while the first is still at work, a 409 problem. A 5xx answer forgets the key, so the
 * client may retry. Without the header nothing changes.
 * <p>
 * The request's fingerprint covers its body without holding large bodies in memory: JSON bodies are
 * already buffered by Quarkus REST before they are read (this filter reads the body last); multipart
 * uploads are fingerprinted part by part from the files Quarkus REST wrote to disk; a raw body streamed
 * to a blocking resource (indicator imports, up to 200 MB) is digested while the resource streams it on
 * (wrapped by an ordinary filter: a readBody filter of a blocking resource runs after its InputStream
 * parameter was taken), and a retry of such a request is digested (and discarded) before its stored
 * answer is given.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String RULE = "must be 1 to 255 visible ASCII characters";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final String STREAM = IdempotencyFilter.class.getName() + ".stream";
    /** The headers of an answer a client acts on, kept with it. */
    private static final List<String> KEPT = List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, "Link", "Preference-Applied", "Content-Disposition");
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    /** A key this request took: its fingerprint, or the digest still fed by a streamed body. */
    private record Claim(IdempotencyRecord.Key id, String fingerprint, RequestFingerprint streaming, InputStream body) {
    }

    private final IdempotencyStore store;
    private final CurrentIdentityAssociation identities;
    private final ObjectMapper mapper;

    public IdempotencyFilter(IdempotencyStore store, CurrentIdentityAssociation identities, ObjectMapper mapper) {
        this.store = store;
        this.identities = identities;
        this.mapper = mapper;
    }

    /** A streamed body's digest, fed by the resource as it reads. */
    private record Streaming(RequestFingerprint fingerprint, InputStream body) {
    }

    /**
     * A raw body of a blocking resource (an import) is not read before the resource runs: wrap it, before the
     * resource's InputStream parameter is taken, so that every byte the resource reads is digested.
     */
    @ServerRequestFilter
    public void digestStream(ContainerRequestContext request) {
        if (Context.isOnEventLoopThread() || !"POST".equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/") || request.getHeaderString(HEADER) == null
                || !hasBody(request)) {
            return;
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (context.getFormData() != null || context.hasInputStream()) {
            return;
        }
        RequestFingerprint fingerprint = head(request);
        InputStream body = fingerprint.digesting(context.getInputStream());
        context.setInputStream(body);
        request.setProperty(STREAM, new Streaming(fingerprint, body));
    }

    /** Runs after the body was read (readBody), and after the rate limits and the CSRF check. */
    @ServerRequestFilter(readBody = true)
    public Uni<Response> take(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        List<String> sent = request.getHeaders().get(HEADER);
        if (sent == null || sent.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String key = sent.size() == 1 ? key(sent.get(0)) : null;
        if (key == null) {
            return Uni.createFrom().item(problem(request, 400, "validation", "Invalid request", HEADER + " " + RULE, RULE));
        }
        // The request as Quarkus REST holds it: its buffered body or its parsed form (the filter's own context is a view).
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        if (!Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(takeBlocking(request, context, key));
        }
        RequestFingerprint fingerprint = head(request);
        return identities.getDeferredIdentity().chain(identity -> {
            String caller = caller(identity);
            if (caller == null) {
                return Uni.createFrom().nullItem();
            }
            IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller, key);
            return digest(context, fingerprint).chain(hex -> store.take(id, hex).map(held -> {
                if (held == null) {
                    request.setProperty(CLAIM, new Claim(id, hex, null, null));
                    return null;
                }
                return answer(request, held, hex);
            }));
        });
    }

    /** Blocking resources (streamed imports) run their filters on a worker thread: the body is not read yet. */
    private Response takeBlocking(ContainerRequestContext request, ResteasyReactiveRequestContext context, String key) {
        String caller = caller(identities.getIdentity());
        if (caller == null) {
            return null;
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller, key);
        Streaming streaming = request.getProperty(STREAM) instanceof Streaming s ? s : null;
        try {
            String hex = streaming != null ? null : digestNow(context, head(request));
            IdempotencyRecord held = VertxContextSupport.subscribeAndAwait(() -> store.take(id, hex));
            if (held == null) {
                request.setProperty(CLAIM, streaming == null ? new Claim(id, hex, null, null)
                        : new Claim(id, null, streaming.fingerprint(), streaming.body()));
                return null;
            }
            if (held.inFlight() || streaming == null) {
                return answer(request, held, hex);
            }
            // A retry of a streamed request: digest its body (read and discarded) to know whether it is the same.
            return answer(request, held, streaming.fingerprint().finish(streaming.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the Idempotency-Key could not be taken", e);
        }
    }

    @ServerResponseFilter
    public Uni<Void> keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return Uni.createFrom().voidItem();
        }
        request.removeProperty(CLAIM);
        if (Context.isOnEventLoopThread()) {
            return keep(claim, claim.fingerprint(), response);
        }
        String fingerprint = claim.fingerprint();
        if (claim.streaming() != null) {
            try {
                fingerprint = claim.streaming().finish(claim.body());
            } catch (IOException | RuntimeException e) {
                // The rest of the body could not be read: without its fingerprint the answer cannot be kept.
                fingerprint = null;
            }
        }
        String known = fingerprint;
        try {
            VertxContextSupport.subscribeAndAwait(() -> keep(claim, known, response));
        } catch (Throwable e) {
            LOG.errorf(e, "Idempotency-Key answer not kept for %s", claim.id().caller);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> keep(Claim claim, String fingerprint, ContainerResponseContext response) {
        int status = response.getStatus();
        byte[] body = fingerprint == null || !kept(status) ? null : body(response);
        Uni<Void> work;
        if (body == null) {
            work = store.release(claim.id());
        } else {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : KEPT) {
                List<String> values = response.getStringHeaders().get(name);
                if (values != null && !values.isEmpty()) {
                    headers.put(name, new ArrayList<>(values));
                }
            }
            MediaType type = response.getMediaType();
            String contentType = type != null ? type.toString()
                    : body.length == 0 ? null : MediaType.APPLICATION_JSON;
            String json;
            try {
                json = mapper.writeValueAsString(headers);
            } catch (IOException e) {
                return store.release(claim.id());
            }
            work = store.complete(claim.id(), fingerprint, status, contentType, json, body);
        }
        // A key that cannot be written stays in flight until abandoned: logged, the answer itself still leaves.
        return work.onFailure().invoke(e -> LOG.errorf(e, "Idempotency-Key record not updated for %s", claim.id().caller))
                .onFailure().recoverWithNull();
    }

    /**
     * Answers a server failure (5xx) and a transient refusal (408, 429) are not kept: the client may retry.
     * Client mistakes (4xx) are: the same request would get the same answer.
     */
    private static boolean kept(int status) {
        return status < 500 && status != 408 && status != 429;
    }

    /** The answer's bytes as they will be written, or null for a body that cannot be replayed (a stream). */
    private byte[] body(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof InputStream || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof io.smallrye.mutiny.Multi<?>) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (IOException e) {
            return null;
        }
    }

    /** The key held by another request: its stored answer, or why it cannot be given. */
    private Response answer(ContainerRequestContext request, IdempotencyRecord held, String fingerprint) {
        if (held.inFlight()) {
            return problem(request, 409, "idempotency-key-in-use", "Conflict",
                    "a request with this Idempotency-Key is still being processed: retry once it has answered",
                    "is in use by a request still being processed");
        }
        if (fingerprint == null || !fingerprint.equals(held.fingerprint)) {
            return problem(request, 422, "idempotency-key-reused", "Unprocessable content",
                    "this Idempotency-Key was sent with a different request (method, path, query, media type or body): "
                            + "use a new key for a new request",
                    "was used for a different request");
        }
        Response.ResponseBuilder out = Response.status(held.status);
        if (held.body != null && held.body.length > 0) {
            out.entity(held.body).type(held.contentType);
        }
        if (held.headers != null) {
            try {
                mapper.readValue(held.headers, HEADERS).forEach((name, values) -> values.forEach(v -> out.header(name, v)));
            } catch (IOException e) {
                throw new IllegalStateException("stored headers are not JSON", e);
            }
        }
        return out.build();
    }

    private static Response problem(ContainerRequestContext request, int status, String slug, String title, String detail,
            String message) {
        return Problems.response(new Problem(Problems.type(slug), title, status, detail, request.getUriInfo().getPath(),
                List.of(Violation.field(HEADER, message))));
    }

    /** Digests the body: buffered JSON now, form parts from disk on a worker thread (never on the event loop). */
    private static Uni<String> digest(ResteasyReactiveRequestContext context, RequestFingerprint fingerprint) {
        if (context.getFormData() == null) {
            try {
                return Uni.createFrom().item(digestNow(context, fingerprint));
            } catch (IOException e) {
                return Uni.createFrom().failure(e);
            }
        }
        Callable<String> work = () -> digestNow(context, fingerprint);
        Context vertx = Vertx.currentContext();
        return Uni.createFrom().completionStage(() -> vertx.executeBlocking(work, false).toCompletionStage());
    }

    private static String digestNow(ResteasyReactiveRequestContext context, RequestFingerprint fingerprint)
            throws IOException {
        FormData form = context.getFormData();
        if (form != null) {
            List<String> names = new ArrayList<>();
            form.forEach(names::add);
            names.sort(null);
            for (String name : names) {
                for (FormValue value : form.get(name)) {
                    fingerprint.add(name).add(value.getFileName()).add(value.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
                    if (value.isFileItem()) {
                        try (InputStream in = value.getFileItem().getInputStream()) {
                            fingerprint.add(in);
                        }
                    } else {
                        fingerprint.add(value.getValue());
                    }
                }
            }
            return fingerprint.hex();
        }
        if (context.hasInputStream()) {
            // Quarkus REST buffered this body before reading it: digest it and hand it on unchanged.
            byte[] bytes = context.getInputStream().readAllBytes();
            context.setInputStream(new ByteArrayInputStream(bytes));
            return fingerprint.add(bytes).hex();
        }
        return fingerprint.add(new byte[0]).hex();
    }

    private static RequestFingerprint head(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return RequestFingerprint.of(request.getMethod(), request.getUriInfo().getPath(),
                request.getUriInfo().getRequestUri().getRawQuery(),
                type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase());
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeaderString("Transfer-Encoding") != null : !"0".equals(length.trim());
    }

    /** The token's subject (stable across renames); the principal's name when the identity carries no token. */
    private static String caller(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
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
