package io.corridor.gateway.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A request with an Authorization header is an API client's: its cookies take no part in
 * authentication. Quarkus OIDC would otherwise take a q_session_* cookie riding along as a hint
 * for the web tenant (before any tenant resolver is asked) and answer the bearer call with the
 * cookie's session, or 401 for a stale one. The gateway uses no other cookie.
 */
@Singleton
public class BearerRequests {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
                ctx.request().headers().remove(HttpHeaders.COOKIE);
            }
            ctx.next();
        });
    }
}
