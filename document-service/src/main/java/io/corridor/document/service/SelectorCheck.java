package io.corridor.document.service;

import java.text.Normalizer;
import java.util.List;

import io.corridor.document.AnnotationDraft;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Checks the selectors a client sent against the text of the version they point into, and fills
 * in what the server owns: the missing selector, and 32 code points of prefix and suffix. A quote
 * that does not match at the position but is found elsewhere moves the position there (the
 * occurrence nearest the position, or the one whose context matches best); a quote found nowhere,
 * or offsets outside {@code 0 <= start < end <= length}, are 400 problems naming the field.
 * Offsets are Unicode code points; the stored text is NFC, so the quote is normalised to NFC too.
 */
public final class SelectorCheck {

    /** Code points of context kept on each side of a quote. */
    public static final int CONTEXT = 32;

    /** A resolved passage: both selectors, consistent with the text. */
    public record Anchored(TextQuoteSelector quote, TextPositionSelector position) {
    }

    private SelectorCheck() {
    }

    public static Anchored anchor(String text, int version, AnnotationDraft.Passage passage) {
        int length = text.codePointCount(0, text.length());
        TextPositionSelector position = passage.position();
        if (position != null) {
            if (position.start() < 0 || position.start() >= length) {
                throw invalid(passage.positionField() + ".start",
                        "must be at least 0 and less than the text's length (" + length + " code points in version "
                                + version + ")");
            }
            if (position.end() <= position.start() || position.end() > length) {
                throw invalid(passage.positionField() + ".end",
                        "must be greater than start and at most the text's length (" + length
                                + " code points in version " + version + ")");
            }
        }
        if (passage.quote() == null) {
            return at(text, position.start(), position.end());
        }
        String exact = Normalizer.normalize(passage.quote().exact(), Normalizer.Form.NFC);
        if (position != null && exact.equals(slice(text, position.start(), position.end()))) {
            return at(text, position.start(), position.end());
        }
        int found = locate(text, exact, passage.quote(), position);
        if (found < 0) {
            throw invalid(passage.quoteField() + ".exact", "is not in the text of version " + version
                    + (position == null ? "" : ", neither at the position given nor elsewhere"));
        }
        return at(text, found, found + exact.codePointCount(0, exact.length()));
    }

    /** Both selectors of the passage [start, end) of a text, with the server's context. */
    public static Anchored at(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        int before = Math.max(0, start - CONTEXT);
        int prefixFrom = text.offsetByCodePoints(from, before - start);
        int available = text.codePointCount(to, text.length());
        int suffixTo = text.offsetByCodePoints(to, Math.min(CONTEXT, available));
        return new Anchored(new TextQuoteSelector(text.substring(from, to), text.substring(prefixFrom, from),
                text.substring(to, suffixTo)), new TextPositionSelector(start, end));
    }

    private static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /**
     * The code-point offset of the best occurrence of {@code exact}, or -1: the one whose client-sent
     * prefix and suffix match most, then the nearest to the given position, then the first.
     */
    private static int locate(String text, String exact, TextQuoteSelector quote, TextPositionSelector position) {
        if (exact.isEmpty()) {
            return -1;
        }
        String prefix = quote.prefix() == null ? "" : Normalizer.normalize(quote.prefix(), Normalizer.Form.NFC);
        String suffix = quote.suffix() == null ? "" : Normalizer.normalize(quote.suffix(), Normalizer.Form.NFC);
        int best = -1;
        int bestScore = -1;
        long bestDistance = Long.MAX_VALUE;
        int charIndex = text.indexOf(exact);
        int cpIndex = 0;
        int lastChar = 0;
        while (charIndex >= 0) {
            cpIndex += text.codePointCount(lastChar, charIndex);
            lastChar = charIndex;
            int score = commonSuffix(text, charIndex, prefix) + commonPrefix(text, charIndex + exact.length(), suffix);
            long distance = position == null ? 0 : Math.abs((long) cpIndex - position.start());
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = cpIndex;
                bestScore = score;
                bestDistance = distance;
            }
            charIndex = text.indexOf(exact, charIndex + 1);
        }
        return best;
    }

    /** How many chars of {@code prefix}, from its end, precede {@code at} in the text. */
    private static int commonSuffix(String text, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0 && text.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many chars of {@code suffix}, from its start, follow {@code at} in the text. */
    private static int commonPrefix(String text, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < text.length() && text.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + " " + message,
                List.of(Violation.field(field, message)));
    }
}
