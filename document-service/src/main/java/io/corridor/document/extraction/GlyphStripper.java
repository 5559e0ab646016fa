package io.corridor.document.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * Ingest's stripper ({@link PagedPdfStripper}, same settings, same output) that also notes which
 * glyph each character of its output came from: word and line separators come from no glyph
 * (null). A word whose text PDFBox changed on the way (a ligature spelled out, combining marks
 * merged) spreads its characters evenly over its glyphs.
 */
final class GlyphStripper extends PagedPdfStripper {

    /** The glyph of each UTF-16 character of the output so far, or null. */
    private final List<TextPosition> glyphs = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        out.flush();
        int start = out.getBuffer().length();
        super.writeString(text, positions);
        out.flush();
        int end = out.getBuffer().length();
        pad(start);
        int written = end - start;
        int fromGlyphs = 0;
        for (TextPosition p : positions) {
            fromGlyphs += p.getUnicode() == null ? 0 : p.getUnicode().length();
        }
        if (fromGlyphs == written) {
            for (TextPosition p : positions) {
                int n = p.getUnicode() == null ? 0 : p.getUnicode().length();
                for (int i = 0; i < n; i++) {
                    glyphs.add(p);
                }
            }
        } else {
            for (int i = 0; i < written; i++) {
                glyphs.add(positions.isEmpty() ? null : positions.get((int) ((long) i * positions.size() / written)));
            }
        }
    }

    /** The glyph of each character of the whole output (its length), nulls for separators. */
    List<TextPosition> glyphs() {
        pad(out.getBuffer().length());
        return glyphs;
    }

    private void pad(int length) {
        while (glyphs.size() < length) {
            glyphs.add(null);
        }
    }
}
