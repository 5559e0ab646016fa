package io.corridor.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** Tokens are bound to the user and the Keycloak session, and to the server's secret. */
class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens("secret-one");

    private static SecurityIdentity session(String subject, String sid) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setClaim("sid", sid);
        claims.setClaim("preferred_username", "annotator");
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).build();
    }

    @Test
    void theSameSessionAlwaysGetsTheSameToken() {
        assertEquals(tokens.tokenOf(session("u1", "s1")), tokens.tokenOf(session("u1", "s1")));
        assertTrue(tokens.matches(session("u1", "s1"), tokens.tokenOf(session("u1", "s1"))));
    }

    @Test
    void anotherSessionUserOrSecretGetsAnotherToken() {
        String token = tokens.tokenOf(session("u1", "s1"));
        assertNotEquals(token, tokens.tokenOf(session("u1", "s2")));
        assertNotEquals(token, tokens.tokenOf(session("u2", "s1")));
        assertNotEquals(token, new CsrfTokens("secret-two").tokenOf(session("u1", "s1")));
        assertFalse(tokens.matches(session("u1", "s2"), token));
    }

    @Test
    void noSessionNoToken() {
        SecurityIdentity plain = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("x")).build();
        assertNull(tokens.tokenOf(plain));
        assertFalse(tokens.matches(plain, "anything"));
        assertFalse(tokens.matches(session("u1", "s1"), null));
    }
}
