package io.corridor.gateway.proxy;

import java.net.URI;
import java.util.List;

import io.corridor.gateway.edge.AuditTrail;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * The first interceptor of a proxied call, so the last to see its answer: Location and Content-Location naming a
 * service by its internal address become paths (the gateway serves the very same paths); a public IRI (under
 * corridor.public-url, as a W3C container's Content-Location must equal its id) passes as it is. A write is put in the
 * audit trail before its answer leaves.
 */
final class Relayed implements ProxyInterceptor {

    private static final List<String> LOCATIONS = List.of("Location", "Content-Location");

    private final RoutingContext ctx;
    private final AuditTrail audit;
    private final String publicUrl;

    Relayed(RoutingContext ctx, AuditTrail audit, String publicUrl) {
        this.ctx = ctx;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        for (String header : LOCATIONS) {
            String value = context.response().headers().get(header);
            if (value != null && !value.startsWith(publicUrl)) {
                context.response().headers().set(header, asPath(value));
            }
        }
        return audit.record(ctx, context.response().getStatusCode()).compose(v -> context.sendResponse());
    }

    static String asPath(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return value;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
