package io.corridor.document;

/** W3C TextPositionSelector: code-point offsets [start, end) in one version's text. */
public record TextPositionSelector(int start, int end) {
}
