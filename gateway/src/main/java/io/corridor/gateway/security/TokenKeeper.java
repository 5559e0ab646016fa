package io.corridor.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the identity Quarkus OIDC has just verified a bearer token as, before any other augmentor
 * touches it, so that a kept identity goes through the same augmentors as a freshly verified one.
 */
@ApplicationScoped
public class TokenKeeper implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    public TokenKeeper(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    /** First of the augmentors (the highest priority runs first). */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            tokens.keep(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
