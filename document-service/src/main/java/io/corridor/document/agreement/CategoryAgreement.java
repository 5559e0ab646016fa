package io.corridor.document.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Agreement per category (label), the way INCEpTION reports it through DKPro Agreement, for any
 * number of annotators.
 * <p>
 * Coding measures (Fleiss' kappa, Gwet's AC1, nominal Krippendorff's alpha; {@link Reliability})
 * judge, for each code point any annotator covered (with any label), whether each annotator put
 * this category on it (1) or not (0); a segment's code points are one weighted unit, which gives
 * DKPro's figures for one item per code point. Unitizing alpha (Krippendorff 1995, "On the reliability of
 * unitizing contiguous data"; DKPro's {@link KrippendorffAlphaUnitizingAgreement}) compares the
 * spans themselves on the continuum of the whole text, so it scores where boundaries fall and
 * counts unmarked text as agreement on "not this category". An annotator's overlapping spans of
 * one category are merged first: unitizing assumes units of one coder do not overlap.
 * <p>
 * Diagnostics are the stretches where annotators disagree, with who marked them and who did not.
 */
public final class CategoryAgreement {

    /** Diagnostics beyond this many stretches per category are counted, not listed. */
    public static final int MAX_STRETCHES = 50;

    private CategoryAgreement() {
    }

    /** A stretch [start, end) of code points on which the annotators split. */
    public record Stretch(int start, int end, List<String> markedBy, List<String> unmarkedBy) {
    }

    /** Coefficients are null when undefined (a single value everywhere, or fewer than two annotators). */
    public record Result(String category, long units, Double fleissKappa, Double gwetAc1, Double krippendorffAlpha,
            Double unitizingAlpha, int disagreementCount, List<Stretch> disagreements) {
    }

    /**
     * @param spans     every annotator's labelled spans
     * @param length    the text's length in code points (the unitizing continuum)
     */
    public static List<Result> of(List<LabelledSpan> spans, int length) {
        List<LabelledSpan> marks = spans.stream().filter(s -> s.end() > s.start()).toList();
        List<String> coders = List.copyOf(new TreeSet<>(marks.stream().map(LabelledSpan::annotator).toList()));
        TreeSet<String> categories = new TreeSet<>(marks.stream().map(LabelledSpan::label).toList());
        List<Agreement.Segment> segments = Agreement.segments(marks).stream().filter(s -> !s.annotators().isEmpty()).toList();
        List<Result> results = new ArrayList<>();
        for (String category : categories) {
            results.add(category(category, coders, segments, merged(marks, category), length));
        }
        return results;
    }

    private static Result category(String category, List<String> coders, List<Agreement.Segment> segments,
            List<LabelledSpan> units, int length) {
        List<Reliability.Unit> weighted = new ArrayList<>();
        List<Stretch> stretches = new ArrayList<>();
        long covered = 0;
        for (Agreement.Segment segment : segments) {
            List<String> values = coders.stream().map(c -> segment.value(c, category)).toList();
            weighted.add(new Reliability.Unit(segment.length(), values));
            covered += segment.length();
            if (values.contains("1") && values.contains("0")) {
                stretch(stretches, segment, coders, values);
            }
        }
        Double fleiss = null;
        Double alpha = null;
        Double ac1 = null;
        Double unitizing = null;
        if (coders.size() >= 2) {
            fleiss = Agreement.boxed(Reliability.fleissKappa(weighted));
            alpha = Agreement.boxed(Reliability.krippendorffAlpha(weighted));
            ac1 = Agreement.boxed(Reliability.gwetAc1(weighted, 2));
            unitizing = defined(() -> unitizing(category, coders, units, length));
        }
        return new Result(category, covered, fleiss, ac1, alpha, unitizing, stretches.size(),
                List.copyOf(stretches.subList(0, Math.min(MAX_STRETCHES, stretches.size()))));
    }

    private static double unitizing(String category, List<String> coders, List<LabelledSpan> units, int length) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders.size(), 0, length);
        for (LabelledSpan s : units) {
            study.addUnit(s.start(), s.end() - s.start(), coders.indexOf(s.annotator()), category);
        }
        return new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(category);
    }

    /** Each annotator's spans of one category, overlapping ones merged into one. */
    static List<LabelledSpan> merged(List<LabelledSpan> marks, String category) {
        List<LabelledSpan> sorted = marks.stream().filter(s -> s.label().equals(category))
                .sorted(Comparator.comparing(LabelledSpan::annotator).thenComparingInt(LabelledSpan::start)).toList();
        List<LabelledSpan> merged = new ArrayList<>();
        for (LabelledSpan s : sorted) {
            LabelledSpan last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && last.annotator().equals(s.annotator()) && s.start() < last.end()) {
                merged.set(merged.size() - 1, new LabelledSpan(s.annotator(), last.start(), Math.max(last.end(), s.end()), category));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** Extends the previous stretch when this segment follows it with the same split, else starts one. */
    private static void stretch(List<Stretch> stretches, Agreement.Segment segment, List<String> coders, List<String> values) {
        List<String> marked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            ("1".equals(values.get(i)) ? marked : unmarked).add(coders.get(i));
        }
        Stretch last = stretches.isEmpty() ? null : stretches.getLast();
        if (last != null && last.end() == segment.start() && last.markedBy().equals(marked)) {
            stretches.set(stretches.size() - 1, new Stretch(last.start(), segment.end(), marked, unmarked));
        } else {
            stretches.add(new Stretch(segment.start(), segment.end(), List.copyOf(marked), List.copyOf(unmarked)));
        }
    }

    /** DKPro throws or answers NaN where unitizing alpha is undefined. */
    private static Double defined(DoubleSupplier measure) {
        try {
            double v = measure.getAsDouble();
            return Double.isFinite(v) ? v : null;
        } catch (InsufficientDataException | ArithmeticException e) {
            return null;
        }
    }
}
