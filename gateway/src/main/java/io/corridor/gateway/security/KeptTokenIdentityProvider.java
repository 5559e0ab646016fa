package io.corridor.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a bearer call whose token the gateway verified before with the identity kept for it, ahead of
 * Quarkus OIDC; any other call (no such token, a session of the web client) goes on to Quarkus OIDC.
 */
@ApplicationScoped
public class KeptTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    public KeptTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's provider, which keeps the default priority. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential credential)) {
            return Uni.createFrom().nullItem();
        }
        return tokens.identity(credential.getToken()).map(kept -> {
            // the kept identity names the request it was verified in: this one takes its place
            RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
            SecurityIdentity identity = current == null ? kept
                    : QuarkusSecurityIdentity.builder(kept).addAttribute(RoutingContext.class.getName(), current).build();
            return Uni.createFrom().item(identity);
        }).orElseGet(() -> Uni.createFrom().nullItem());
    }
}
