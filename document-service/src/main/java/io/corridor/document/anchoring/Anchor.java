package io.corridor.document.anchoring;

/**
 * Where a quote landed in a text: code-point offsets [start, end), the text found there (which
 * differs from the quote after a fuzzy match), the context around it, how it was found, and the
 * edit distance between the quote and what was found.
 */
public record Anchor(int start, int end, String exact, String prefix, String suffix, Method method, int errors) {

    public enum Method {
        /** the quote is still at its old position (shifted by the edits before it) */
        POSITION,
        /** the exact quote elsewhere, chosen by its context and nearness */
        QUOTE,
        /** an approximate match of the quote, within a bounded edit distance */
        FUZZY
    }
}
