package io.corridor.document.extraction;

import java.util.List;

import io.corridor.document.PageRange;

/**
 * What an uploaded file yields: its format, its text (NFC, {@code \n} line ends), the page ranges
 * of paginated formats (code points), and whether a PDF had no text layer to extract.
 */
public record Extraction(Format format, String text, List<PageRange> pages, boolean noTextLayer) {

    public int textLength() {
        return text.codePointCount(0, text.length());
    }
}
