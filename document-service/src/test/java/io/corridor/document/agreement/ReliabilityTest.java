package io.corridor.document.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

    static List<Reliability.Unit> units(String[][] coders) {
        List<Reliability.Unit> units = new ArrayList<>();
        for (int u = 0; u < coders[0].length; u++) {
            List<String> values = new ArrayList<>();
            for (String[] coder : coders) {
                if (!coder[u].equals("*")) {
                    values.add(coder[u]);
                }
            }
            units.add(new Reliability.Unit(1, values));
        }
        return units;
    }

    /** Krippendorff (2011), section C: four observers, twelve units, missing values; nominal alpha 0.743. */
    @Test
    void krippendorffNominalExampleWithMissingValues() {
        String[][] data = {
                "1 2 3 3 2 1 4 1 2 * * *".split(" "),
                "1 2 3 3 2 2 4 1 2 5 * 3".split(" "),
                "* 3 3 3 2 3 4 2 2 5 1 *".split(" "),
                "1 2 3 3 2 4 4 1 2 5 1 *".split(" ") };
        assertEquals(0.743, Reliability.krippendorffAlpha(units(data)).orElseThrow(), 0.0005);
    }

    /** Krippendorff (2011), section A: two observers, binary data, ten units; alpha 0.095. */
    @Test
    void krippendorffBinaryExample() {
        String[][] data = { "0 1 0 0 0 0 0 0 1 0".split(" "), "1 1 1 0 0 1 0 0 0 0".split(" ") };
        assertEquals(0.095, Reliability.krippendorffAlpha(units(data)).orElseThrow(), 0.0005);
    }

    @Test
    void weightsActAsRepeatedUnits() {
        List<Reliability.Unit> repeated = new ArrayList<>();
        List<Reliability.Unit> weighted = new ArrayList<>();
        String[][] pairs = { { "a", "a" }, { "a", "b" }, { "b", "b" } };
        int[] weights = { 3, 1, 2 };
        for (int i = 0; i < pairs.length; i++) {
            for (int w = 0; w < weights[i]; w++) {
                repeated.add(new Reliability.Unit(1, Arrays.asList(pairs[i])));
            }
            weighted.add(new Reliability.Unit(weights[i], Arrays.asList(pairs[i])));
        }
        assertEquals(Reliability.krippendorffAlpha(repeated).orElseThrow(), Reliability.krippendorffAlpha(weighted).orElseThrow(), 1e-12);
    }

    /** The worked example of Cohen's kappa (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): po 0.7, pe 0.5, kappa 0.4. */
    @Test
    void cohenKappaTextbookExample() {
        List<Reliability.Paired> units = List.of(new Reliability.Paired(20, "yes", "yes"), new Reliability.Paired(5, "yes", "no"),
                new Reliability.Paired(10, "no", "yes"), new Reliability.Paired(15, "no", "no"));
        assertEquals(0.4, Reliability.cohenKappa(units).orElseThrow(), 1e-9);
        // the two further tables of the same textbook discussion: 0.1304 and 0.2593
        assertEquals(0.1304, Reliability.cohenKappa(List.of(new Reliability.Paired(45, "yes", "yes"),
                new Reliability.Paired(15, "yes", "no"), new Reliability.Paired(25, "no", "yes"),
                new Reliability.Paired(15, "no", "no"))).orElseThrow(), 0.0001);
        assertEquals(0.2593, Reliability.cohenKappa(List.of(new Reliability.Paired(25, "yes", "yes"),
                new Reliability.Paired(35, "yes", "no"), new Reliability.Paired(5, "no", "yes"),
                new Reliability.Paired(35, "no", "no"))).orElseThrow(), 0.0001);
    }

    @Test
    void undefinedWhenOneValueEverywhere() {
        assertTrue(Reliability.cohenKappa(List.of(new Reliability.Paired(3, "1", "1"))).isEmpty());
        assertTrue(Reliability.krippendorffAlpha(List.of(new Reliability.Unit(3, List.of("1", "1")))).isEmpty());
        assertTrue(Reliability.krippendorffAlpha(List.of(new Reliability.Unit(3, List.of("1")))).isEmpty());
    }
}
