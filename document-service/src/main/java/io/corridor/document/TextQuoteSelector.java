package io.corridor.document;

/** W3C TextQuoteSelector: the quoted passage with up to 32 code points of context on each side. */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
}
