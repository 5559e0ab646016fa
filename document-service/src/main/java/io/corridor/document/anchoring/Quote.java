package io.corridor.document.anchoring;

/**
 * Where an annotation points in one version's text: its TextQuoteSelector ({@code exact} with
 * up to 32 code points of {@code prefix} and {@code suffix}) and its TextPositionSelector
 * ({@code start}, {@code end}, code points, end exclusive).
 */
public record Quote(String exact, String prefix, String suffix, int start, int end) {

    public Quote {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("a quote needs its exact text");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }
}
