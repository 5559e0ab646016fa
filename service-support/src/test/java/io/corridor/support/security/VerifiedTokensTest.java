package io.corridor.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** How long a verified token is kept: until it expires, never past the configured longest, never when expired. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration LONGEST = Duration.ofMinutes(10);

    @Test
    void keptUntilTheTokenExpires() {
        long exp = NOW.plusSeconds(300).getEpochSecond();
        assertEquals(Optional.of(NOW.plusSeconds(300)), VerifiedTokens.expiry(exp, NOW, LONGEST));
    }

    @Test
    void neverLongerThanTheLongest() {
        long exp = NOW.plus(Duration.ofHours(8)).getEpochSecond();
        assertEquals(Optional.of(NOW.plus(LONGEST)), VerifiedTokens.expiry(exp, NOW, LONGEST));
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNotKept() {
        assertTrue(VerifiedTokens.expiry(NOW.getEpochSecond(), NOW, LONGEST).isEmpty());
        assertTrue(VerifiedTokens.expiry(NOW.minusSeconds(1).getEpochSecond(), NOW, LONGEST).isEmpty());
        assertTrue(VerifiedTokens.expiry(0, NOW, LONGEST).isEmpty());
    }
}
