package io.corridor.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * Chooses the OIDC tenant of a request. Sign-in and sign-out, and every call that carries the web
 * session cookie but no Authorization header, use tenant "web" (authorization code flow, session
 * cookie); everything else, bearer-token API clients first, keeps the default tenant.
 */
@ApplicationScoped
public class WebTenantResolver implements TenantResolver {

    @Override
    public String resolve(RoutingContext context) {
        String path = context.request().path();
        if ("/login".equals(path) || "/logout".equals(path)) {
            return WebSession.TENANT;
        }
        return WebSession.isCookieRequest(context.request()) ? WebSession.TENANT : null;
    }
}
