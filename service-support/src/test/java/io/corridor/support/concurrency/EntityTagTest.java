package io.corridor.support.concurrency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.corridor.support.problem.ProblemException;

class EntityTagTest {

    @Test
    void theCurrentTagPassesAmongOthers() {
        assertDoesNotThrow(() -> EntityTag.require("\"6\", \"7\"", 7));
    }

    @Test
    void missingIs428StaleIs412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTag.require(null, 7)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTag.require("\"6\"", 7)).status());
    }

    @Test
    void theWildcardIsNoVersionAndIs428() {
        ProblemException refused = assertThrows(ProblemException.class, () -> EntityTag.require("*", 7));
        assertEquals(428, refused.status());
        assertEquals("If-Match", refused.toProblem().errors().get(0).field());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTag.requireIfSent("*", 7)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTag.require("\"7\", *", 7)).status());
    }
}
