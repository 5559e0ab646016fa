package io.corridor.gateway.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells a browser call made with the web client's session cookie from an API client's call: Quarkus OIDC
 * authenticates it by the cookie (tenant "web"), the edge asks it for its CSRF token, and {@code /api/v1/me}
 * gives it one. {@link BearerRequests} drops the cookies of a call with an Authorization header, so that
 * what is authenticated by the cookie is exactly what must prove it came from our own pages.
 */
public final class WebSession {

    /** Quarkus names the session cookie of tenant "web" q_session_web; large sessions come in chunks. */
    static final String COOKIE = "q_session_web";

    private WebSession() {
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
