package io.corridor.gateway.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * Tells a browser call made with the web client's session cookie from an API client's call: Quarkus OIDC authenticates
 * it by the cookie (tenant "web"), the edge asks it for its CSRF token, and {@code /api/v1/me} gives it one. A request
 * with an Authorization header is an API client's: its cookies are dropped before authentication, or Quarkus OIDC would
 * take a q_session_* cookie riding along as a hint for the web tenant (before any tenant resolver is asked) and answer
 * the bearer call with the cookie's session, or 401 for a stale one. So what the cookie authenticates is exactly what
 * must prove it came from our own pages.
 */
@Singleton
public class WebSession {

    /** Quarkus names the session cookie of tenant "web" q_session_web; large sessions come in chunks. */
    static final String COOKIE = "q_session_web";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
                ctx.request().headers().remove(HttpHeaders.COOKIE);
            }
            ctx.next();
        });
    }

    /** No Authorization header (a bearer client keeps the default tenant) and the web session cookie. */
    public static boolean isCookieRequest(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null && hasSessionCookie(request);
    }

    static boolean hasSessionCookie(HttpServerRequest request) {
        for (Cookie cookie : request.cookies()) {
            String name = cookie.getName();
            if (name.equals(COOKIE) || name.startsWith(COOKIE + "_chunk_")) {
                return true;
            }
        }
        return false;
    }
}
