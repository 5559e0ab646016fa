package io.corridor.document.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
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

    /** Gwet (2008) hand example as DKPro's Gwet2008Test writes it: 8 y-y, 1 n-n, 1 y-n; AC1 0.8658. */
    @Test
    void gwetAc1HandExample() {
        List<Reliability.Unit> units = List.of(new Reliability.Unit(8, List.of("y", "y")), new Reliability.Unit(1, List.of("n", "n")),
                new Reliability.Unit(1, List.of("y", "n")));
        assertEquals(0.8658, Reliability.gwetAc1(units, 2).orElseThrow(), 0.00005);
    }

    /** irrCAC's gwet.ac1.raw on a 4×4 table of two raters (DKPro's fixture_04_likert_4x4.json): AC1 0.58046. */
    @Test
    void gwetAc1IrrCacFixture() {
        long[][] table = { { 20, 5, 1, 0 }, { 4, 15, 6, 1 }, { 0, 5, 18, 4 }, { 0, 1, 3, 12 } };
        List<Reliability.Unit> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                units.add(new Reliability.Unit(table[i][j], List.of(String.valueOf(i), String.valueOf(j))));
            }
        }
        assertEquals(0.58046, Reliability.gwetAc1(units, 4).orElseThrow(), 0.000005);
    }

    /**
     * Three raters, two categories, worked by hand from Gwet's formula: items (a,a,a) ×4, (a,a,b) ×2,
     * (b,b,b) ×1, (a,b,b) ×1. Each split item has 2 agreeing ordered pairs of 6,
     * so p_a = (4 + 1 + 3·(1/3)) / 8 = 6/8; π_a = (4 + 2·2/3 + 1/3) / 8 = 17/24; p_e = 2·(17/24)(7/24) = 119/288;
     * AC1 = (0.75 − 119/288) / (1 − 119/288) = 97/169 = 0.5740.
     */
    @Test
    void gwetAc1ThreeRaters() {
        List<Reliability.Unit> units = List.of(new Reliability.Unit(4, List.of("a", "a", "a")), new Reliability.Unit(2, List.of("a", "a", "b")),
                new Reliability.Unit(1, List.of("b", "b", "b")), new Reliability.Unit(1, List.of("a", "b", "b")));
        assertEquals(97.0 / 169, Reliability.gwetAc1(units, 2).orElseThrow(), 1e-9);
        assertEquals(0.5740, Reliability.gwetAc1(units, 2).orElseThrow(), 0.00005);
    }

    /**
     * Fleiss (1971) as on Wikipedia's "Fleiss' kappa" worked example (10 items, 14 raters, 5 categories):
     * kappa 0.210 (0.20993); DKPro Agreement's FleissKappaAgreement answers the same.
     */
    @Test
    void fleissKappaWikipediaExample() {
        int[][] counts = { { 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 }, { 0, 3, 9, 2, 0 }, { 2, 2, 8, 1, 1 },
                { 7, 7, 0, 0, 0 }, { 3, 2, 6, 3, 0 }, { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 }, { 0, 2, 2, 3, 7 } };
        CodingAnnotationStudy study = new CodingAnnotationStudy(14);
        List<Reliability.Unit> units = new ArrayList<>();
        for (int[] item : counts) {
            List<String> values = new ArrayList<>();
            for (int k = 0; k < item.length; k++) {
                for (int c = 0; c < item[k]; c++) {
                    values.add(String.valueOf(k + 1));
                }
            }
            study.addItemAsArray(values.toArray());
            units.add(new Reliability.Unit(1, values));
        }
        assertEquals(0.20993, Reliability.fleissKappa(units).orElseThrow(), 0.000005);
        assertEquals(new FleissKappaAgreement(study).calculateAgreement(), Reliability.fleissKappa(units).orElseThrow(), 1e-9);
    }

    /** Krippendorff (2011) section C again, through DKPro: the same alpha to 4 decimals. */
    @Test
    void krippendorffAlphaEqualsDkpro() {
        String[][] data = {
                "1 2 3 3 2 1 4 1 2 * * *".split(" "),
                "1 2 3 3 2 2 4 1 2 5 * 3".split(" "),
                "* 3 3 3 2 3 4 2 2 5 1 *".split(" "),
                "1 2 3 3 2 4 4 1 2 5 1 *".split(" ") };
        CodingAnnotationStudy study = new CodingAnnotationStudy(4);
        for (int u = 0; u < 12; u++) {
            Object[] values = new Object[4];
            for (int c = 0; c < 4; c++) {
                values[c] = data[c][u].equals("*") ? null : data[c][u];
            }
            study.addItemAsArray(values);
        }
        assertEquals(new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(),
                Reliability.krippendorffAlpha(units(data)).orElseThrow(), 0.00005);
    }
}
