package io.corridor.document.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void identicalMarksAgreeFully() {
        Agreement.Result r = Agreement.of(List.of(new LabelledSpan("alice", 0, 10, "a1"), new LabelledSpan("bob", 0, 10, "a1"),
                new LabelledSpan("alice", 20, 30, "a2"), new LabelledSpan("bob", 20, 30, "a2")));
        assertEquals(List.of("alice", "bob"), r.annotators());
        assertEquals(List.of("a1", "a2"), r.labels());
        assertEquals(40, r.units(), "20 covered code points × 2 labels");
        assertEquals(1.0, r.alpha(), 1e-12);
        assertEquals(1.0, r.pairs().get(0).kappa(), 1e-12);
    }

    /** Same as counting code point by code point: the binary example of ReliabilityTest laid out as spans. */
    @Test
    void spansBecomeCodePointUnits() {
        // two annotators, one label; code points 0..9 covered by someone; alice marks 1 and 8,
        // bob marks 0-2 and 5, which is Krippendorff's binary example with "1" = marked
        String a = "0100000010";
        String b = "1110010000";
        List<LabelledSpan> spans = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            if (a.charAt(i) == '1') {
                spans.add(new LabelledSpan("alice", i, i + 1, "x"));
            }
            if (b.charAt(i) == '1') {
                spans.add(new LabelledSpan("bob", i, i + 1, "x"));
            }
        }
        // a third annotator covers the rest of 0..9, with another label, so every code point is a unit
        spans.add(new LabelledSpan("carol", 0, 10, "y"));
        Agreement.Result r = Agreement.of(spans);
        Agreement.Pair ab = r.pairs().get(0);
        assertEquals("alice", ab.first());
        assertEquals("bob", ab.second());
        // the pair sees only code points alice or bob covered (0,1,2,5,8) and the label x
        assertEquals(5, ab.units());
        // alice 0 1 0 0 1, bob 1 1 1 1 0: po = 1/5; pe = (2/5)(4/5) + (3/5)(1/5) = 11/25
        assertEquals((0.2 - 0.44) / (1 - 0.44), ab.kappa(), 1e-9);
        assertEquals(20, r.units(), "10 code points × 2 labels");
    }

    @Test
    void aLoneAnnotatorHasNoAgreement() {
        Agreement.Result r = Agreement.of(List.of(new LabelledSpan("alice", 0, 10, "a1")));
        assertNull(r.alpha());
        assertEquals(List.of(), r.pairs());
    }
}
