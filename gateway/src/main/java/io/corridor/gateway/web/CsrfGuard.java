package io.corridor.gateway.web;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.support.problem.Problem;
import io.corridor.support.problem.Problems;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses every state-changing API call authenticated by the web session cookie unless it carries
 * the session's CSRF token in {@code X-CSRF-Token}: another site can make a browser send the
 * cookie, never the header with the right value. Bearer-token clients are not concerned (a browser
 * never adds their Authorization header by itself).
 */
public class CsrfGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentIdentityAssociation identities;
    private final CsrfTokens tokens;

    public CsrfGuard(CurrentIdentityAssociation identities, CsrfTokens tokens) {
        this.identities = identities;
        this.tokens = tokens;
    }

    // Before matching and before anything asks for the identity: a write without the header is refused
    // whatever its path, and without a round trip to the identity provider.
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> check(HttpServerRequest request) {
        if (SAFE.contains(request.method().name()) || !request.path().startsWith("/api/")
                || !WebSession.isCookieRequest(request)) {
            return Uni.createFrom().nullItem();
        }
        String sent = request.getHeader(CsrfTokens.HEADER);
        if (sent == null || sent.isBlank()) {
            return Uni.createFrom().item(refuse(request.path(), "the X-CSRF-Token header is missing"));
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return null; // no session behind the cookie: the endpoint's own check answers 401
            }
            return tokens.matches(identity, sent) ? null
                    : refuse(request.path(), "the X-CSRF-Token header does not match this session");
        });
    }

    private static Response refuse(String path, String detail) {
        Problem problem = new Problem(Problems.type("csrf"), "Forbidden", 403,
                detail + "; reload the page to get a new one", path, List.of());
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
