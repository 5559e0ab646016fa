package io.corridor.document.anchoring;

import java.util.List;
import java.util.Optional;

/**
 * Finds a quote of one version's text in another version's text, the way Hypothesis anchors a
 * TextQuoteSelector (its match-quote scoring): every candidate is scored by how well the quote,
 * the prefix and the suffix agree with the text there and by its nearness to where the quote is
 * expected, and the best one wins.
 * <ol>
 * <li>the quote still at its expected position (the old start shifted by what changed before it),
 * or, when it is there several times, the occurrence whose prefix and suffix agree best, nearest
 * first;</li>
 * <li>else an approximate match of the quote within {@link #maxErrors(int)} edits, first in a window
 * around the expected position, then in the whole text (within {@link #WHOLE_TEXT_BUDGET}), kept
 * only if its score is at least {@link #MIN_FUZZY_SCORE};</li>
 * <li>else nothing: the annotation is orphaned (kept and listed, never silently moved elsewhere).</li>
 * </ol>
 * Offsets are code points of NFC text.
 */
public final class Reanchor {

    // Hypothesis' weights (client/src/annotator/anchoring/match-quote.ts): the quote matters most,
    // the context next, the position only breaks ties.
    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;
    private static final double TOTAL = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

    /** A fuzzy candidate must score this much; a moved passage with its context scores above 0.9. */
    public static final double MIN_FUZZY_SCORE = 0.7;
    /** Code points searched on each side of the expected position before the whole text. */
    static final int WINDOW = 2000;
    /**
     * Most cells (text length × (errors + 1)) an approximate search of the whole text may visit for
     * one quote, about a tenth of a second: beyond it (a very long text, a long quote) only the
     * window around the expected position is searched, so that a new version of a large document
     * with many vanished passages does not take minutes.
     */
    static final long WHOLE_TEXT_BUDGET = 50_000_000L;

    private Reanchor() {
    }

    /** Bounded edit distance for a quote of m code points: a quarter of it, at most 128. */
    public static int maxErrors(int m) {
        return Math.min(128, m / 4);
    }

    /**
     * @param oldText the text the quote was made on, or null when unknown (an import): then the
     *                quote's start is taken as the expected position as is
     * @param newText the text to anchor in
     */
    public static Optional<Anchor> anchor(String oldText, String newText, Quote quote) {
        int[] text = CodePoints.of(newText);
        int expected = expectedStart(oldText == null ? null : CodePoints.of(oldText), text, quote.start());
        return anchor(text, quote, expected);
    }

    static Optional<Anchor> anchor(int[] text, Quote quote, int expected) {
        int[] exact = CodePoints.of(quote.exact());
        int[] prefix = CodePoints.of(quote.prefix());
        int[] suffix = CodePoints.of(quote.suffix());
        Scored best = null;
        for (int at = indexOf(text, exact, 0); at >= 0; at = indexOf(text, exact, at + 1)) {
            Scored s = score(text, at, at + exact.length, 0, exact.length, prefix, suffix, expected);
            if (best == null || s.score > best.score) {
                best = s;
            }
        }
        if (best != null) {
            Anchor.Method method = best.start == expected ? Anchor.Method.POSITION : Anchor.Method.QUOTE;
            return Optional.of(best.anchor(text, method));
        }
        int k = maxErrors(exact.length);
        if (k == 0) {
            return Optional.empty();
        }
        int from = Math.max(0, expected - exact.length - WINDOW);
        int to = Math.min(text.length, expected + 2 * exact.length + WINDOW);
        best = fuzzy(text, from, to, exact, prefix, suffix, expected, k);
        if (best == null && (from > 0 || to < text.length) && (long) text.length * (k + 1) <= WHOLE_TEXT_BUDGET) {
            best = fuzzy(text, 0, text.length, exact, prefix, suffix, expected, k);
        }
        return best == null ? Optional.empty() : Optional.of(best.anchor(text, Anchor.Method.FUZZY));
    }

    private static Scored fuzzy(int[] text, int from, int to, int[] exact, int[] prefix, int[] suffix, int expected, int k) {
        Scored best = null;
        List<ApproximateSearch.Match> matches = ApproximateSearch.search(text, from, to, exact, k);
        for (ApproximateSearch.Match match : matches) {
            Scored s = score(text, match.start(), match.end(), match.errors(), exact.length, prefix, suffix, expected);
            if (s.score >= MIN_FUZZY_SCORE && (best == null || s.score > best.score)) {
                best = s;
            }
        }
        return best;
    }

    private record Scored(int start, int end, int errors, double score) {
        Anchor anchor(int[] text, Anchor.Method method) {
            return new Anchor(start, end, CodePoints.string(text, start, end), CodePoints.prefix(text, start),
                    CodePoints.suffix(text, end), method, errors);
        }
    }

    private static Scored score(int[] text, int start, int end, int errors, int quoteLength, int[] prefix, int[] suffix,
            int expected) {
        double quoteScore = 1 - (double) errors / quoteLength;
        double prefixScore = prefix.length == 0 ? 1
                : similarity(text, Math.max(0, start - prefix.length), start, prefix);
        double suffixScore = suffix.length == 0 ? 1
                : similarity(text, end, Math.min(text.length, end + suffix.length), suffix);
        double positionScore = text.length == 0 ? 1 : 1 - (double) Math.abs(start - expected) / text.length;
        double score = (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
                + POSITION_WEIGHT * positionScore) / TOTAL;
        return new Scored(start, end, errors, score);
    }

    /** 1 when text[from..to) equals the context, down to 0 when nothing of it is left. */
    private static double similarity(int[] text, int from, int to, int[] context) {
        int d = CodePoints.distance(text, from, to, context);
        return Math.max(0, 1 - (double) d / context.length);
    }

    /**
     * Where the quote should start in the new text: unchanged if it lies before the first edit,
     * shifted by the change in length if it lies after the last edit (or inside the edited
     * region: the best guess; a position only breaks ties).
     */
    static int expectedStart(int[] oldText, int[] newText, int start) {
        if (oldText == null) {
            return start;
        }
        int common = 0;
        int limit = Math.min(oldText.length, newText.length);
        while (common < limit && oldText[common] == newText[common]) {
            common++;
        }
        if (start < common) {
            return start;
        }
        return Math.max(0, Math.min(newText.length, start + newText.length - oldText.length));
    }

    private static int indexOf(int[] text, int[] pattern, int from) {
        int lastStart = text.length - pattern.length;
        for (int at = Math.max(0, from); at <= lastStart; at++) {
            if (text[at] == pattern[0] && CodePoints.regionMatches(text, at, pattern)) {
                return at;
            }
        }
        return -1;
    }
}
