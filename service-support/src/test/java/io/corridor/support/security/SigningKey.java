package io.corridor.support.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An RSA key made for the test run: Quarkus OIDC verifies bearer tokens against its public half (as against the
 * realm's JWKS, with the shared audience and role claim), and the tests sign real tokens with its private half.
 */
public class SigningKey implements QuarkusTestResourceLifecycleManager {

    static final KeyPair KEYS = generate();

    @Override
    public Map<String, String> start() {
        // no discovery: the key is the only one the tenant trusts
        return Map.of("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.auth-server-url", "");
    }

    @Override
    public void stop() {
    }

    /** A token for {@code user} with these realm roles, for the audience {@code corridor}, expiring at {@code exp}. */
    static String token(KeyPair keys, String user, List<String> roles, String audience, Instant exp) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://keycloak.test/realms/corridor");
        claims.setSubject("id-" + user);
        claims.setAudience(audience);
        claims.setClaim("preferred_username", user);
        claims.setClaim("realm_access", Map.of("roles", roles));
        claims.setIssuedAtToNow();
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(exp.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
