package io.corridor.document.rest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Gives a {@code @TestSecurity} identity what a Keycloak token carries and the service reads from
 * it: the {@code teams} claim (attribute {@code teams}, comma-separated) and an expiry (attribute
 * {@code expires-in}, seconds from now). A bean, as {@code @TestSecurity(augmentors = ...)} wants;
 * identities without these attributes pass unchanged.
 */
@ApplicationScoped
public class TeamTokenAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String teams = identity.getAttribute("teams");
        String expiresIn = identity.getAttribute("expires-in");
        if (teams == null && expiresIn == null) {
            return Uni.createFrom().item(identity);
        }
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", identity.getPrincipal().getName());
        if (teams != null) {
            claims.put("teams", List.of(teams.split(",")));
        }
        if (expiresIn != null) {
            claims.put("exp", Instant.now().plusSeconds(Long.parseLong(expiresIn)).getEpochSecond());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new Token(identity.getPrincipal().getName(), claims)).build());
    }

    private record Token(String getName, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}
