package io.corridor.support.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this application has verified (signature, issuer, audience, lifetime), each kept with the identity
 * Quarkus OIDC built from it until the token expires (at most {@code corridor.verified-tokens.longest}): an API client
 * sends the same token with every call for its lifetime, and the gateway and then the service behind it each verified
 * its RSA signature on every call (a fifth of the gateway's CPU per read, 14 % of a service's per series query; Envoy's
 * jwt_authn keeps verified tokens the same way). First authentication mechanism, it answers an API call whose token it
 * keeps before Quarkus OIDC decodes the token or picks its tenant; last augmentor, it keeps what the bearer tenant has
 * verified once every augmentor has run. Keyed by the whole token: a token differing in one character is verified
 * afresh, a failed verification is never kept, an expired token is never answered. Revocation is out of reach either
 * way: a JWT checked locally stays valid until it expires, kept or not.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism, SecurityIdentityAugmentor {

    /** The tenant of bearer calls; the web tenant's sessions are refreshed and checked by Quarkus OIDC. */
    static final String BEARER_TENANT = "Default";
    private static final String TENANT_ATTRIBUTE = "tenant-id";
    private static final String BEARER = "Bearer ";

    private final Cache<String, Verified> verified;
    private final Duration longest;
    private final int priority;

    public VerifiedTokens(@ConfigProperty(name = "corridor.verified-tokens.max-size", defaultValue = "10000") long maxSize,
            @ConfigProperty(name = "corridor.verified-tokens.longest", defaultValue = "PT10M") Duration longest,
            @ConfigProperty(name = "quarkus.oidc.priority", defaultValue = "1001") int oidcPriority) {
        this.longest = longest;
        this.priority = oidcPriority + 1;
        this.verified = Caffeine.newBuilder().maximumSize(maxSize)
                .expireAfter(Expiry.<String, Verified> writing((token, v) -> Duration.between(Instant.now(), v.expires())))
                .build();
    }

    /**
     * Ahead of Quarkus OIDC's mechanism, strictly: at equal priority the order is the beans' and was not ours in the
     * gateway, whose every call Quarkus OIDC then verified while this cache was filled and never asked.
     */
    @Override
    public int getPriority() {
        return priority;
    }

    /** Last of the augmentors: what is kept is the identity as every augmentor left it. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identityProviderManager) {
        // The public API's calls only: /login and /logout stay the web tenant's, whatever header comes with them.
        String authorization = ctx.normalizedPath().startsWith("/api/") ? ctx.request().getHeader(HttpHeaders.AUTHORIZATION) : null;
        Verified v = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? verified.getIfPresent(authorization.substring(BEARER.length()).trim()) : null;
        // Caffeine expires lazily: an entry past its time may still be read once, so look at the clock too.
        if (v == null || !Instant.now().isBefore(v.expires())) {
            return Uni.createFrom().nullItem();
        }
        // the kept identity names the request it was verified in: this one takes its place
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(v.identity()).addAttribute(RoutingContext.class.getName(), ctx)
                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem(); // Quarkus OIDC, next, challenges
    }

    /** Keeps an identity the bearer tenant has just verified, until its token expires (at most {@code longest}). */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null && BEARER_TENANT.equals(identity.getAttribute(TENANT_ATTRIBUTE))
                && identity.getPrincipal() instanceof JsonWebToken jwt && verified.getIfPresent(credential.getToken()) == null) {
            expiry(jwt.getExpirationTime(), Instant.now(), longest)
                    .ifPresent(expires -> verified.put(credential.getToken(), new Verified(identity, expires)));
        }
        return Uni.createFrom().item(identity);
    }

    /** Whether {@code token} is kept and not expired: its next call will not be verified again. */
    boolean keeps(String token) {
        Verified v = verified.getIfPresent(token);
        return v != null && Instant.now().isBefore(v.expires());
    }

    /**
     * Until when a token expiring at {@code exp} (seconds since the epoch, 0 when absent) may be kept: its
     * expiry, but no longer than {@code longest} from now; nothing for a token without expiry or expired.
     */
    static Optional<Instant> expiry(long exp, Instant now, Duration longest) {
        if (exp <= 0) {
            return Optional.empty();
        }
        Instant expires = Instant.ofEpochSecond(exp);
        if (!now.isBefore(expires)) {
            return Optional.empty();
        }
        Instant cap = now.plus(longest);
        return Optional.of(expires.isBefore(cap) ? expires : cap);
    }

    private record Verified(SecurityIdentity identity, Instant expires) {
    }
}
