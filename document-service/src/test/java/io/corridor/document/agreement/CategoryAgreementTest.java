package io.corridor.document.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/**
 * Per-category figures against DKPro Agreement computed the plain way (one item per code point,
 * units as written by hand) and against the published examples DKPro's own tests use.
 */
class CategoryAgreementTest {

    static final double FOUR_DECIMALS = 0.00005;

    /**
     * Three annotators on a 60-code-point text, two categories. Alice's two x spans overlap
     * (5-20 and 15-30: one unit 5-30 for unitizing), the others' spans overlap hers partially.
     */
    static final List<LabelledSpan> THREE = List.of(
            new LabelledSpan("alice", 5, 20, "x"), new LabelledSpan("alice", 15, 30, "x"), new LabelledSpan("alice", 40, 50, "y"),
            new LabelledSpan("bob", 8, 25, "x"), new LabelledSpan("bob", 40, 45, "y"),
            new LabelledSpan("carol", 5, 20, "x"), new LabelledSpan("carol", 42, 55, "y"), new LabelledSpan("carol", 50, 58, "x"));

    static Map<String, CategoryAgreement.Result> byCategory(List<LabelledSpan> spans, int length) {
        return CategoryAgreement.of(spans, length).stream().collect(Collectors.toMap(CategoryAgreement.Result::category, Function.identity()));
    }

    /** 1 when one of the annotator's spans of this category covers the code point. */
    static String value(List<LabelledSpan> spans, String annotator, String category, int at) {
        return spans.stream().anyMatch(s -> s.annotator().equals(annotator) && s.label().equals(category) && s.start() <= at && at < s.end())
                ? "1" : "0";
    }

    /** DKPro's coding study built the plain way: one item per code point any annotator covered. */
    static CodingAnnotationStudy perCodePoint(List<LabelledSpan> spans, List<String> coders, String category, int length) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders.size());
        for (int at = 0; at < length; at++) {
            int point = at;
            if (spans.stream().anyMatch(s -> s.start() <= point && point < s.end())) {
                study.addItemAsArray(coders.stream().map(c -> value(spans, c, category, point)).toArray());
            }
        }
        return study;
    }

    /** Gwet's AC1 computed item by item from the textbook formula, q = 2, every coder rating every item. */
    static double ac1PerCodePoint(List<LabelledSpan> spans, List<String> coders, String category, int length) {
        int n = 0;
        double pa = 0;
        double ones = 0;
        int r = coders.size();
        for (int at = 0; at < length; at++) {
            int point = at;
            if (spans.stream().noneMatch(s -> s.start() <= point && point < s.end())) {
                continue;
            }
            n++;
            long k = coders.stream().filter(c -> value(spans, c, category, point).equals("1")).count();
            pa += (k * (k - 1.0) + (r - k) * (r - k - 1.0)) / (r * (r - 1.0));
            ones += k / (double) r;
        }
        pa /= n;
        double pi = ones / n;
        double pe = 2 * pi * (1 - pi) / (2 - 1);
        return (pa - pe) / (1 - pe);
    }

    @Test
    void threeAnnotatorsCodingMeasuresEqualDkproPerCodePoint() {
        Map<String, CategoryAgreement.Result> r = byCategory(THREE, 60);
        List<String> coders = List.of("alice", "bob", "carol");
        for (String category : List.of("x", "y")) {
            CodingAnnotationStudy study = perCodePoint(THREE, coders, category, 60);
            CategoryAgreement.Result c = r.get(category);
            assertEquals(study.getItemCount(), c.units());
            assertEquals(new FleissKappaAgreement(study).calculateAgreement(), c.fleissKappa(), FOUR_DECIMALS, category);
            assertEquals(new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(),
                    c.krippendorffAlpha(), FOUR_DECIMALS, category);
            assertEquals(ac1PerCodePoint(THREE, coders, category, 60), c.gwetAc1(), FOUR_DECIMALS, category);
        }
        // the figures themselves, so that a change of DKPro's version shows
        assertEquals(43, r.get("x").units(), "covered: 5-30 and 40-58");
        assertEquals(0.3488, r.get("x").fleissKappa(), 0.00005);
    }

    @Test
    void threeAnnotatorsUnitizingAlphaEqualsDkproOnTheUnitsWrittenByHand() {
        Map<String, CategoryAgreement.Result> r = byCategory(THREE, 60);
        UnitizingAnnotationStudy x = new UnitizingAnnotationStudy(3, 0, 60);
        x.addUnit(5, 25, 0, "x"); // alice's overlapping 5-20 and 15-30, merged
        x.addUnit(8, 17, 1, "x");
        x.addUnit(5, 15, 2, "x");
        x.addUnit(50, 8, 2, "x");
        UnitizingAnnotationStudy y = new UnitizingAnnotationStudy(3, 0, 60);
        y.addUnit(40, 10, 0, "y");
        y.addUnit(40, 5, 1, "y");
        y.addUnit(42, 13, 2, "y");
        assertEquals(new KrippendorffAlphaUnitizingAgreement(x).calculateCategoryAgreement("x"), r.get("x").unitizingAlpha(), FOUR_DECIMALS);
        assertEquals(new KrippendorffAlphaUnitizingAgreement(y).calculateCategoryAgreement("y"), r.get("y").unitizingAlpha(), FOUR_DECIMALS);
    }

    @Test
    void disagreementsAreTheStretchesWhereAnnotatorsSplit() {
        CategoryAgreement.Result x = byCategory(THREE, 60).get("x");
        assertEquals(List.of(
                new CategoryAgreement.Stretch(5, 8, List.of("alice", "carol"), List.of("bob")),
                new CategoryAgreement.Stretch(20, 25, List.of("alice", "bob"), List.of("carol")),
                new CategoryAgreement.Stretch(25, 30, List.of("alice"), List.of("bob", "carol")),
                // cut at y's boundaries 50 and 55, joined again: the same split
                new CategoryAgreement.Stretch(50, 58, List.of("carol"), List.of("alice", "bob"))), x.disagreements());
        assertEquals(4, x.disagreementCount());
    }

    /** Krippendorff (1995: p. 57) as in DKPro's Krippendorff1995Test: two coders, four categories, 24 positions. */
    static List<LabelledSpan> krippendorff1995(int stretch) {
        int[][] units = {
                { 2, 8, 0, 'A' }, { 14, 6, 0, 'A' }, { 4, 4, 1, 'A' }, { 15, 2, 1, 'A' },
                { 0, 18, 0, 'B' }, { 0, 2, 1, 'B' }, { 2, 1, 1, 'B' }, { 3, 1, 1, 'B' }, { 4, 1, 1, 'B' }, { 5, 1, 1, 'B' },
                { 6, 3, 1, 'B' }, { 9, 1, 1, 'B' },
                { 2, 6, 0, 'C' }, { 10, 2, 0, 'C' }, { 14, 4, 0, 'C' }, { 20, 2, 0, 'C' }, { 0, 2, 1, 'C' }, { 4, 4, 1, 'C' },
                { 10, 4, 1, 'C' }, { 16, 2, 1, 'C' }, { 20, 2, 1, 'C' },
                { 0, 2, 0, 'D' }, { 2, 8, 0, 'D' }, { 10, 4, 0, 'D' }, { 14, 6, 0, 'D' }, { 20, 4, 0, 'D' }, { 0, 4, 1, 'D' },
                { 4, 4, 1, 'D' }, { 8, 7, 1, 'D' }, { 15, 2, 1, 'D' }, { 17, 7, 1, 'D' } };
        List<LabelledSpan> spans = new ArrayList<>();
        for (int[] u : units) {
            spans.add(new LabelledSpan(u[2] == 0 ? "coder1" : "coder2", u[0] * stretch, (u[0] + u[1]) * stretch, String.valueOf((char) u[3])));
        }
        return spans;
    }

    @Test
    void krippendorff1995PublishedExample() {
        // DKPro's published values (Krippendorff1995Test.testAgreement, continuum stretched to 120,000; they hold from there on)
        Map<String, CategoryAgreement.Result> r = byCategory(krippendorff1995(5_000), 24 * 5_000);
        assertEquals(0.553, r.get("A").unitizingAlpha(), 0.02);
        assertEquals(-0.926, r.get("B").unitizingAlpha(), 0.02);
        assertEquals(0.679, r.get("C").unitizingAlpha(), 0.02);
        assertEquals(0.066, r.get("D").unitizingAlpha(), 0.02);
        // and to 4 decimals what DKPro answers on the study as its test writes it
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, 24);
        krippendorff1995(1).forEach(s -> study.addUnit(s.start(), s.end() - s.start(), s.annotator().equals("coder1") ? 0 : 1, s.label()));
        Map<String, CategoryAgreement.Result> small = byCategory(krippendorff1995(1), 24);
        for (String category : List.of("A", "B", "C", "D")) {
            assertEquals(new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(category),
                    small.get(category).unitizingAlpha(), FOUR_DECIMALS, category);
        }
    }

    @Test
    void fullAgreementAndLoneAnnotators() {
        Map<String, CategoryAgreement.Result> same = byCategory(List.of(new LabelledSpan("a", 0, 10, "x"), new LabelledSpan("b", 0, 10, "x"),
                new LabelledSpan("c", 0, 10, "x"), new LabelledSpan("a", 20, 30, "y")), 40);
        // y's 20-30 is covered too, where nobody put x: x is still judged the same way everywhere
        assertEquals(1.0, same.get("x").fleissKappa(), 1e-9);
        assertEquals(1.0, same.get("x").unitizingAlpha(), 1e-9);
        assertEquals(List.of(), same.get("x").disagreements());
        CategoryAgreement.Result alone = byCategory(List.of(new LabelledSpan("a", 0, 10, "x")), 40).get("x");
        assertNull(alone.fleissKappa());
        assertNull(alone.gwetAc1());
        assertNull(alone.unitizingAlpha());
    }
}
