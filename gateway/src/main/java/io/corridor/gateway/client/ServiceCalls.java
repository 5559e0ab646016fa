package io.corridor.gateway.client;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.gateway.proxy.Service;
import io.corridor.gateway.proxy.Services;
import io.corridor.support.problem.Problem;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Problems;
import io.corridor.support.problem.Unavailable;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The composite views' reads of the services, with the caller's own token, over the same connection pools
 * and under the same per-route guard as every proxied call. Answers stay the services' JSON: the gateway
 * holds no copy of their records. A service's problem (4xx) is passed on as it is, never retried; a call
 * that fails on the way is retried twice, then is the platform's one 503 naming the service.
 */
@ApplicationScoped
public class ServiceCalls {

    public static final String DOCUMENT_SERVICE = "document-service";
    public static final String ACTOR_SERVICE = "actor-service";
    public static final String REMITTANCE_SERVICE = "remittance-service";

    /** A service's answer as it came: status, Location (a merged actor's survivor) and body. */
    public record Reply(int status, String location, Buffer body) {
    }

    private final Services services;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    public ServiceCalls(Services services, SecurityIdentity identity, ObjectMapper mapper) {
        this.services = services;
        this.identity = identity;
        this.mapper = mapper;
    }

    /** A JSON read; a status other than 2xx is the service's problem, raised as such. */
    public Uni<JsonNode> json(String service, String uri) {
        return json(service, uri, Map.of());
    }

    /** A JSON read with headers of its own (the annotation container's Prefer). */
    public Uni<JsonNode> json(String service, String uri, Map<String, String> headers) {
        return reply(service, HttpMethod.GET, uri, null, headers).map(this::body);
    }

    public Uni<JsonNode> post(String service, String uri, JsonNode body) {
        return reply(service, HttpMethod.POST, uri, body, Map.of()).map(this::body);
    }

    /** The answer whatever its status (a 308 is an answer too). */
    public Uni<Reply> get(String service, String uri) {
        return reply(service, HttpMethod.GET, uri, null, Map.of());
    }

    /** A reply's JSON body, or its problem when it is not a success. */
    public Uni<JsonNode> json(Reply reply) {
        return Uni.createFrom().item(() -> body(reply));
    }

    /** A query parameter's value, percent-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Uni<Reply> reply(String name, HttpMethod method, String uri, JsonNode body, Map<String, String> headers) {
        Service service = Objects.requireNonNull(services.byName(name), () -> "no route to " + name);
        RequestOptions options = new RequestOptions().setMethod(method).setURI(uri).putHeader("Accept", "application/json");
        headers.forEach(options::putHeader);
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            options.putHeader("Authorization", "Bearer " + token.getToken());
        }
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return Uni.createFrom().completionStage(() -> service.<Reply> guarded(() -> service.request(options)
                .compose(request -> body == null ? request.send() : request.send(body.toString()))
                .compose(response -> response.body().map(b -> new Reply(response.statusCode(), response.getHeader("Location"), b))))
                .toCompletionStage())
                // What fails on the way (refused, reset, timeout, open circuit, full bulkhead) is tried again, then
                // answered as the service's unavailability: a view names the service of a part it leaves out.
                .onFailure(e -> !(e instanceof ProblemException)).retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .onFailure(e -> !(e instanceof ProblemException))
                .transform(e -> Unavailable.because(Service.unavailability("the " + name, e)));
    }

    private JsonNode body(Reply reply) {
        if (reply.status() / 100 != 2) {
            throw problem(reply);
        }
        try {
            return mapper.readTree(reply.body().getBytes());
        } catch (IOException e) {
            throw new ProblemException(502, "bad-gateway", "Bad Gateway", "a service answered with unreadable JSON", List.of());
        }
    }

    /** A service's error answer becomes the gateway's: its problem document as it is, so fields keep their names. */
    private ProblemException problem(Reply reply) {
        try {
            Problem problem = mapper.readValue(reply.body().getBytes(), Problem.class);
            if (problem.status() == reply.status()) {
                return new ProblemException(problem);
            }
        } catch (IOException | RuntimeException unreadable) {
            // described below by its status alone
        }
        return new ProblemException(Problems.of(reply.status(), "the service answered " + reply.status()));
    }
}
