package io.corridor.gateway.proxy;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corridor.gateway.edge.Answers;
import io.corridor.gateway.edge.AuditTrail;
import io.corridor.gateway.edge.Edge;
import io.corridor.gateway.repository.IdempotencyStore;
import io.corridor.gateway.web.CsrfTokens;
import io.corridor.support.security.Roles;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Every public operation that a service owns passes through here, to the service whose document names it
 * ({@link io.corridor.gateway.edge.Operations}): request and response stream through both ways (uploads, originals,
 * imports, exports, event streams byte for byte), with the caller's token, under the route's guard. The gateway's own
 * operations (the composite views, the audit trail, the caller) go on to its REST layer.
 */
@Singleton
public class ServiceProxy {

    /** Request headers of the edge alone: the services see the caller's token, not the browser's cookie. */
    private static final List<String> EDGE_ONLY = List.of("Cookie", CsrfTokens.HEADER);

    private final Services services;
    private final AuditTrail audit;
    private final Answers answers;
    private final IdempotencyStore idempotency;
    private final Edge edge;
    private final String publicUrl;

    public ServiceProxy(Services services, AuditTrail audit, Answers answers, IdempotencyStore idempotency,
            Edge edge, @ConfigProperty(name = "corridor.public-url") String publicUrl) {
        this.services = services;
        this.audit = audit;
        this.answers = answers;
        this.idempotency = idempotency;
        this.edge = edge;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 1).handler(this::relay);
    }

    void relay(RoutingContext ctx) {
        String path = ctx.request().path();
        Service service = services.byName(Edge.service(ctx));
        if (service == null) {
            ctx.next();
            return;
        }
        SecurityIdentity identity = Edge.identity(ctx);
        // Every operation of the services asks for a Corridor role at least: whoever has none may do nothing.
        if (!identity.hasRole(Roles.READER)) {
            edge.refuse(ctx, answers.problem(403, "forbidden", "Forbidden", "your roles do not allow this operation", path));
            return;
        }
        forward(ctx.request().headers(), identity);
        HttpProxy proxy = HttpProxy.reverseProxy(service.client()).origin(service.origin)
                .addInterceptor(new Relayed(ctx, audit, publicUrl));
        if (IdempotentPost.wanted(ctx.request())) {
            proxy.addInterceptor(new IdempotentPost(idempotency, answers, identity));
        }
        proxy.addInterceptor(service).handle(ctx.request());
    }

    /** A browser's session becomes its access token for the services; the edge's own headers stop here. */
    private static void forward(MultiMap headers, SecurityIdentity identity) {
        if (headers.get("Authorization") == null) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token != null) {
                headers.set("Authorization", "Bearer " + token.getToken());
            }
        }
        EDGE_ONLY.forEach(headers::remove);
    }
}
