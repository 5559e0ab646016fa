package io.corridor.gateway.rest;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * HSTS on every response of a request that came over TLS, errors included. It only means something over
 * TLS, which in production ends at the ingress: configuration cannot say that, the other security headers
 * are set by configuration (quarkus.http.header, quarkus.http.filter).
 */
@Singleton
public class SecurityHeaders {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if ("https".equals(request.scheme()) || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
                ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Strict-Transport-Security",
                        "max-age=31536000; includeSubDomains"));
            }
            ctx.next();
        });
    }
}
