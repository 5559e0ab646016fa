package io.corridor.gateway.edge;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.corridor.gateway.edge.Answers.Answer;
import io.corridor.gateway.service.RateLimiter;
import io.corridor.gateway.web.CsrfTokens;
import io.corridor.gateway.web.WebSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The door of the public API, in front of every {@code /api/} call whether a service or the gateway
 * itself answers it: the caller is authenticated (bearer token or the browser's session), held to the
 * rate limits, and a browser's write must carry the session's CSRF token. What a caller may do with a
 * resource is for the service that owns it to say; the edge only turns away whoever may do nothing.
 */
@Singleton
public class Edge {

    private static final String IDENTITY = Edge.class.getName() + ".identity";
    private static final String SERVICE = Edge.class.getName() + ".service";
    /** The request's context local that Quarkus's HTTP metrics read the URI tag from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"corridor\"";

    private final RateLimiter limiter;
    private final CsrfTokens csrf;
    private final AuditTrail audit;
    private final Answers answers;
    private final Operations operations;

    public Edge(RateLimiter limiter, CsrfTokens csrf, AuditTrail audit, Answers answers, Operations operations) {
        this.limiter = limiter;
        this.csrf = csrf;
        this.audit = audit;
        this.answers = answers;
        this.operations = operations;
    }

    /** The caller the edge admitted, for the handlers after it. */
    public static SecurityIdentity identity(RoutingContext ctx) {
        return ctx.get(IDENTITY);
    }

    /** The service that answers the call the edge admitted, or null when the gateway answers it itself. */
    public static String service(RoutingContext ctx) {
        return ctx.get(SERVICE);
    }

    void register(@Observes Router router) {
        // After Quarkus's authentication handlers (negative orders), before the REST layer and the proxy.
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::admit);
    }

    void admit(RoutingContext ctx) {
        ctx.put(AuditTrail.STARTED, System.nanoTime());
        // A call no operation of the contract names gets no "sign in first": what does not exist answers so to anyone.
        String path = ctx.request().path();
        Operations.Found found = operations.find(ctx.request().method().name(), path);
        if (found == null || !found.method()) {
            refuse(ctx, found != null ? answers.problem(405, "method-not-allowed", "Method Not Allowed",
                    "this resource does not take " + ctx.request().method().name(), path)
                    : answers.problem(404, "not-found", "Not Found", "no resource at this path", path));
            return;
        }
        ctx.put(SERVICE, found.operation().service());
        // Metrics name the call by its documented path, as Quarkus REST does for the gateway's own operations: a
        // relayed call would otherwise be tagged with its raw path, one series per id (and past Micrometer's
        // limit of URI tags, no series at all for what comes later).
        ContextLocals.put(URL_PATH_TEMPLATE, found.operation().path());
        // A browser's write without the header is refused whatever its path, before any round trip to the identity provider.
        String token = ctx.request().getHeader(CsrfTokens.HEADER);
        if (csrfRequired(ctx) && (token == null || token.isBlank())) {
            refuse(ctx, csrfRefusal(ctx, "the X-CSRF-Token header is missing"));
            return;
        }
        Uni<SecurityIdentity> deferred = Objects.requireNonNullElseGet(ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY),
                () -> Uni.createFrom().nullItem());
        // Identity providers may answer on another thread: the request goes on on its own context.
        Context context = Vertx.currentContext();
        deferred.subscribe().with(identity -> on(context, () -> admit(ctx, identity)),
                failure -> on(context, () -> admit(ctx, null)));
    }

    private static void on(Context context, Runnable step) {
        if (context == null || Vertx.currentContext() == context) {
            step.run();
        } else {
            context.runOnContext(v -> step.run());
        }
    }

    private void admit(RoutingContext ctx, SecurityIdentity identity) {
        boolean anonymous = identity == null || identity.isAnonymous();
        String path = ctx.request().path();
        // Anonymous calls draw on their address's bucket: a flood of refused calls is limited too.
        Optional<Duration> wait = limiter.acquire(anonymous ? null : subject(identity), anonymous ? null : client(identity),
                ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            refuse(ctx, answers.problem(429, "rate-limited", "Too many requests", "rate limit reached: retry in " + seconds
                    + " s", path).withHeader("Retry-After", String.valueOf(seconds)));
            return;
        }
        if (anonymous) {
            refuse(ctx, answers.problem(401, "unauthenticated", "Unauthorized", identity == null
                    ? "the bearer token is missing, invalid or expired"
                    : "a valid bearer token or a signed-in session is required", path)
                    .withHeader("WWW-Authenticate", BEARER_CHALLENGE));
            return;
        }
        ctx.put(IDENTITY, identity);
        if (csrfRequired(ctx) && !csrf.matches(identity, ctx.request().getHeader(CsrfTokens.HEADER))) {
            refuse(ctx, csrfRefusal(ctx, "the X-CSRF-Token header does not match this session"));
            return;
        }
        ctx.next();
    }

    /** A state-changing call authenticated by the session cookie: another site can make a browser send it. */
    private static boolean csrfRequired(RoutingContext ctx) {
        return !AuditTrail.READS.contains(ctx.request().method().name()) && WebSession.isCookieRequest(ctx.request());
    }

    private Answer csrfRefusal(RoutingContext ctx, String why) {
        return answers.problem(403, "csrf", "Forbidden", why + "; reload the page to get a new one", ctx.request().path());
    }

    /** Answers at the edge; a refused write is in the audit trail like any other. */
    public void refuse(RoutingContext ctx, Answer answer) {
        audit.record(ctx, answer.status()).onComplete(done -> {
            if (ctx.failed() || ctx.response().ended() || ctx.response().headWritten()) {
                return;
            }
            answer.writeHeaders(ctx.response().headers());
            ctx.response().setStatusCode(answer.status()).end(answer.body());
        });
    }

    /** The token's subject (stable across renames); the principal's name when the identity carries no token. */
    public static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String client(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("azp") : null;
    }
}
