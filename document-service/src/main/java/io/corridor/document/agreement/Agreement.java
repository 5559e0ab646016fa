package io.corridor.document.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inter-annotator agreement on one text. The units are code points × labels: every code point
 * that at least one annotator covered, for every label in use; an annotator's value for a unit
 * is "1" when one of their spans with that label covers the code point, else "0" (everyone
 * judged the whole text, so absence is a judgment). Code points are grouped into segments between
 * consecutive span boundaries, each weighted by its length, which gives the same numbers as
 * counting code point by code point.
 * <p>
 * Krippendorff's alpha is computed over the annotators who labelled anything, on the code points
 * any of them covered; Cohen's kappa for each pair, on the code points either of the two covered
 * and the labels either of them used, so that a third annotator's marks do not inflate a pair's
 * agreement on empty text.
 */
public final class Agreement {

    private Agreement() {
    }

    /** Kappa is null when undefined (one value everywhere). */
    public record Pair(String first, String second, Double kappa, long units) {
    }

    /** Alpha is null when undefined (fewer than two annotators, or one value everywhere). */
    public record Result(List<String> annotators, List<String> labels, long units, Double alpha, List<Pair> pairs) {
    }

    public static Result of(List<LabelledSpan> spans) {
        List<LabelledSpan> marks = spans.stream().filter(s -> s.end() > s.start()).toList();
        TreeSet<String> annotators = new TreeSet<>();
        TreeSet<String> labels = new TreeSet<>();
        marks.forEach(s -> {
            annotators.add(s.annotator());
            labels.add(s.label());
        });
        List<String> coders = List.copyOf(annotators);
        List<Segment> segments = segments(marks);
        List<Reliability.Unit> units = new ArrayList<>();
        long covered = 0;
        for (Segment segment : segments) {
            if (segment.annotators.isEmpty()) {
                continue;
            }
            covered += segment.length();
            for (String label : labels) {
                units.add(new Reliability.Unit(segment.length(), coders.stream().map(c -> segment.value(c, label)).toList()));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                pairs.add(pair(marks, segments, coders.get(i), coders.get(j)));
            }
        }
        return new Result(coders, List.copyOf(labels), covered * labels.size(),
                boxed(Reliability.krippendorffAlpha(units)), pairs);
    }

    private static Pair pair(List<LabelledSpan> marks, List<Segment> segments, String a, String b) {
        TreeSet<String> labels = new TreeSet<>();
        marks.stream().filter(s -> s.annotator().equals(a) || s.annotator().equals(b)).forEach(s -> labels.add(s.label()));
        List<Reliability.Paired> units = new ArrayList<>();
        long count = 0;
        for (Segment segment : segments) {
            if (!segment.annotators.contains(a) && !segment.annotators.contains(b)) {
                continue;
            }
            for (String label : labels) {
                units.add(new Reliability.Paired(segment.length(), segment.value(a, label), segment.value(b, label)));
                count += segment.length();
            }
        }
        return new Pair(a, b, boxed(Reliability.cohenKappa(units)), count);
    }

    /** A stretch of text inside which every code point has the same values; what covers it. */
    record Segment(int start, int end, Set<String> annotators, Set<List<String>> marks) {
        long length() {
            return end - start;
        }

        String value(String annotator, String label) {
            return marks.contains(List.of(annotator, label)) ? "1" : "0";
        }
    }

    /** The text cut at every span boundary, each piece knowing the (annotator, label) marks covering it. */
    static List<Segment> segments(List<LabelledSpan> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        marks.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        int[] at = cuts.stream().mapToInt(Integer::intValue).toArray();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i + 1 < at.length; i++) {
            segments.add(new Segment(at[i], at[i + 1], new HashSet<>(), new HashSet<>()));
        }
        for (LabelledSpan s : marks) {
            for (int i = java.util.Arrays.binarySearch(at, s.start()); i < segments.size() && at[i] < s.end(); i++) {
                segments.get(i).annotators.add(s.annotator());
                segments.get(i).marks.add(List.of(s.annotator(), s.label()));
            }
        }
        return segments;
    }

    static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
