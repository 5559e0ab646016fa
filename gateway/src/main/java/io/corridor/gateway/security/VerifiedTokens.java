package io.corridor.gateway.security;

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
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens the gateway has verified (signature, issuer, audience, lifetime), each kept with the
 * identity Quarkus OIDC built from it until the token expires. An API client sends the same token with
 * every call for its lifetime: checking the signature and parsing the claims again each time was a fifth of
 * the gateway's CPU per read. Envoy's jwt_authn keeps verified tokens the same way.
 * <p>
 * As the first identity provider it answers a bearer call whose token it keeps, ahead of Quarkus OIDC (any other
 * call goes on to Quarkus OIDC); as the first augmentor it keeps what Quarkus OIDC has just verified, before any
 * other augmentor touches it, so that a kept identity goes through the same augmentors as a fresh one. Only what
 * the default (bearer) tenant verified is kept, keyed by the whole token, so a token differing in one character is
 * verified afresh; a failed verification is never kept. The services behind the gateway still verify every token
 * themselves. Revocation is out of reach either way: a JWT checked locally stays valid until it expires, kept or not.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    /** The tenant of bearer calls; the web tenant's sessions are refreshed and checked by Quarkus OIDC. */
    static final String BEARER_TENANT = "Default";
    private static final String TENANT_ATTRIBUTE = "tenant-id";

    private final Cache<String, Verified> verified;
    private final Duration longest;

    public VerifiedTokens(@ConfigProperty(name = "corridor.verified-tokens.max-size", defaultValue = "10000") long maxSize,
            @ConfigProperty(name = "corridor.verified-tokens.longest", defaultValue = "PT10M") Duration longest) {
        this.longest = longest;
        this.verified = Caffeine.newBuilder().maximumSize(maxSize)
                .expireAfter(Expiry.<String, Verified> writing((token, v) -> Duration.between(Instant.now(), v.expires())))
                .build();
    }

    /** First of the identity providers (ahead of Quarkus OIDC's default priority) and of the augmentors. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Verified v = request.getToken() instanceof AccessTokenCredential credential ? verified.getIfPresent(credential.getToken())
                : null;
        // Caffeine expires lazily: an entry past its time may still be read once, so look at the clock too.
        if (v == null || !Instant.now().isBefore(v.expires())) {
            return Uni.createFrom().nullItem();
        }
        // the kept identity names the request it was verified in: this one takes its place
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(current == null ? v.identity()
                : QuarkusSecurityIdentity.builder(v.identity()).addAttribute(RoutingContext.class.getName(), current).build());
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
