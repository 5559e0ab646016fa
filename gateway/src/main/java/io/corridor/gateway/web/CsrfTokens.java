package io.corridor.gateway.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * CSRF tokens bound to the sign-in session: an HMAC of the user's subject and Keycloak session id
 * ({@code sid}) under the web client's secret. Every replica computes the same token without
 * storing anything; a new sign-in gives a new token. The page reads it from {@code GET /api/v1/me},
 * which another origin cannot read, and sends it back in {@value #HEADER}.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String HEADER = "X-CSRF-Token";

    private final SecretKeySpec key;

    public CsrfTokens(@ConfigProperty(name = "quarkus.oidc.web.credentials.secret") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token of this identity's session, or null when it has no session (anonymous, bearer). */
    public String tokenOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String session = jwt.getClaim("sid");
        if (session == null) {
            Object authTime = jwt.getClaim("auth_time");
            session = authTime == null ? "" : authTime.toString();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("corridor-csrf|" + jwt.getSubject() + "|" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time comparison of the sent token with the session's. */
    public boolean matches(SecurityIdentity identity, String sent) {
        String expected = tokenOf(identity);
        return expected != null && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
