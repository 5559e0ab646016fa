package io.corridor.document.mapping;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The listing leaves out a body stored as an empty array, whatever its spacing, and writes every other one. */
class AnnotationEmptyBodyTest {

    @Test
    void blankOrAnEmptyArrayIsNoBody() {
        for (String empty : new String[] { "", " ", "[]", "[ ]", " [ ] ", "\n[\t]\n" }) {
            assertTrue(AnnotationWriter.emptyArray(empty), empty);
        }
    }

    @Test
    void anythingElseIsWritten() {
        for (String body : new String[] { "[{}]", "[ {\"type\": \"TextualBody\"} ]", "[", "]", "[]]", "[] x", "{}", "x[]" }) {
            assertFalse(AnnotationWriter.emptyArray(body), body);
        }
    }
}
