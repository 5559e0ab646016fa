package io.corridor.gateway.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * Security headers on every response of the public door, errors included. The API never serves
 * active content, so its policy forbids everything; pages get what the web client needs.
 */
@Singleton
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    // Swagger UI boots from an inline script.
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            ctx.addHeadersEndHandler(v -> apply(request, ctx.response().headers()));
            ctx.next();
        });
    }

    static void apply(HttpServerRequest request, MultiMap headers) {
        String path = request.path();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", path.startsWith("/api/") ? API_POLICY
                : path.startsWith("/q/swagger-ui") ? SWAGGER_POLICY : PAGE_POLICY);
        // HSTS only means something over TLS, which in production ends at the ingress.
        if ("https".equals(request.scheme()) || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
