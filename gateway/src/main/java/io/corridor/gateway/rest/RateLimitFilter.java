package io.corridor.gateway.rest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.gateway.service.RateLimiter;
import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Applies the rate limits to every call of the public API; over the limit answers 429 with Retry-After. */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(HttpServerRequest request) {
        return identities.getDeferredIdentity().map(identity -> {
            Optional<Duration> wait = limiter.acquire(user(identity), client(identity),
                    request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
            return wait.map(w -> tooMany(w, request.path())).orElse(null);
        });
    }

    private static String user(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return jwt.getClaim("azp");
        }
        return null;
    }

    private static Response tooMany(Duration wait, String path) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Problem problem = new Problem(Problems.type("rate-limited"), "Too many requests", 429,
                "rate limit reached: retry in " + seconds + " s", path, List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds).entity(problem).build();
    }
}
