package io.corridor.support.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;

/**
 * The verified-token cache keeps the check as strict as verifying every call: a kept token answers with the identity
 * Quarkus OIDC gave it; a token altered in any part, signed by another key, for another audience or expired is
 * refused and never kept, even while the genuine token is kept.
 */
@QuarkusTest
@QuarkusTestResource(SigningKey.class)
class VerifiedTokensCacheTest {

    private static final List<String> READER = List.of("reader");

    @Inject
    VerifiedTokens tokens;

    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    @Test
    void itIsAskedBeforeEveryOtherMechanism() {
        // Quarkus asks the mechanisms by descending priority and leaves a tie to the beans' order.
        int others = 0;
        for (HttpAuthenticationMechanism mechanism : mechanisms) {
            if (!(mechanism instanceof VerifiedTokens)) {
                others++;
                assertTrue(tokens.getPriority() > mechanism.getPriority(), mechanism.getClass().getName() + " is asked first");
            }
        }
        assertTrue(others > 0, "Quarkus OIDC's mechanism is a bean");
    }

    @Test
    void aVerifiedTokenIsKeptAndAnswersWithTheSameIdentity() {
        String token = SigningKey.token(SigningKey.KEYS, "rita", READER, "corridor", Instant.now().plusSeconds(300));
        assertFalse(tokens.keeps(token));
        call(token).statusCode(200).body(equalTo("rita [reader]"));
        assertTrue(tokens.keeps(token));
        call(token).statusCode(200).body(equalTo("rita [reader]"));
    }

    @Test
    void aTamperedTokenIsRefusedWhileTheGenuineOneIsKept() {
        String token = SigningKey.token(SigningKey.KEYS, "tom", READER, "corridor", Instant.now().plusSeconds(300));
        call(token).statusCode(200);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reader\"", "\"admin\"");
        String promoted = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String signature = parts[2].charAt(10) == 'A' ? "B" : "A";
        String resigned = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + signature + parts[2].substring(11);
        for (String altered : List.of(promoted, resigned, token + "x")) {
            call(altered).statusCode(401);
            assertFalse(tokens.keeps(altered));
        }
        call(token).statusCode(200).body(equalTo("tom [reader]"));
    }

    @Test
    void aTokenOfAnotherKeyOrAudienceIsRefusedAndNotKept() {
        String otherKey = SigningKey.token(SigningKey.generate(), "eve", READER, "corridor", Instant.now().plusSeconds(300));
        String otherAudience = SigningKey.token(SigningKey.KEYS, "eve", READER, "elsewhere", Instant.now().plusSeconds(300));
        for (String token : List.of(otherKey, otherAudience)) {
            call(token).statusCode(401);
            call(token).statusCode(401);
            assertFalse(tokens.keeps(token));
        }
    }

    @Test
    void anExpiredTokenIsRefusedAndNotKept() {
        String token = SigningKey.token(SigningKey.KEYS, "old", READER, "corridor", Instant.now().minusSeconds(5));
        call(token).statusCode(401);
        assertFalse(tokens.keeps(token));
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
        Instant exp = Instant.now().plusSeconds(2);
        String token = SigningKey.token(SigningKey.KEYS, "brief", READER, "corridor", exp);
        call(token).statusCode(200);
        assertTrue(tokens.keeps(token));
        // the token's own lifetime, not a measured duration: wait until it is past
        Thread.sleep(Math.max(0, exp.toEpochMilli() - System.currentTimeMillis()) + 1_100);
        call(token).statusCode(401);
        assertFalse(tokens.keeps(token));
    }

    @Test
    void rolesAreThoseOfTheToken() {
        String token = SigningKey.token(SigningKey.KEYS, "cora", List.of("reader", "annotator", "curator"), "corridor",
                Instant.now().plusSeconds(300));
        call(token).statusCode(200).body(equalTo("cora [annotator, curator, reader]"));
        call(token).statusCode(200).body(equalTo("cora [annotator, curator, reader]"));
        String none = SigningKey.token(SigningKey.KEYS, "nobody", List.of(), "corridor", Instant.now().plusSeconds(300));
        call(none).statusCode(403);
        call(none).statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse call(String token) {
        return given().header("Authorization", "Bearer " + token).get("/api/v1/caller").then();
    }
}
