package io.corridor.document.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text exactly as ingest stores it (the same stripper, the same normalisation page by page),
 * with the glyph each character was drawn with: what turns a TextPositionSelector's code points
 * back into places on the pages. Blocking CPU work.
 */
public final class PdfGlyphs {

    /**
     * One page: where its text starts in the document text (code points), its text, and the glyph of
     * each UTF-16 character of it (null for the separators the stripper adds).
     */
    public record Page(int number, PDPage page, int start, String text, TextPosition[] glyphs) {
    }

    /** The glyphs of a range on one page, in text order, each once. */
    public record Run(Page page, List<TextPosition> glyphs) {
    }

    private final String text;
    private final List<Page> pages;

    private PdfGlyphs(String text, List<Page> pages) {
        this.text = text;
        this.pages = pages;
    }

    public static PdfGlyphs read(PDDocument document) throws IOException {
        GlyphStripper stripper = new GlyphStripper();
        List<String> raw = stripper.pages(document);
        List<TextPosition> glyphs = stripper.glyphs();
        StringBuilder text = new StringBuilder();
        List<Page> pages = new ArrayList<>(raw.size());
        int offset = 0;
        for (int i = 0; i < raw.size(); i++) {
            int from = stripper.bounds.get(i)[0];
            TextNormalizer.Tracked page = TextNormalizer.normalizeTracked(raw.get(i));
            TextPosition[] of = new TextPosition[page.text().length()];
            for (int k = 0; k < of.length; k++) {
                of[k] = glyphs.get(from + page.origin()[k]);
            }
            pages.add(new Page(i + 1, document.getPage(i), offset, page.text(), of));
            offset += page.text().codePointCount(0, page.text().length());
            text.append(page.text());
        }
        return new PdfGlyphs(text.toString(), pages);
    }

    /** The document text, equal to the stored text of a PDF version that this PDFBox extracted. */
    public String text() {
        return text;
    }

    public List<Page> pages() {
        return pages;
    }

    /** The glyphs drawing the code points [start, end) of the text, page by page; pages without any left out. */
    public List<Run> glyphs(int start, int end) {
        List<Run> runs = new ArrayList<>();
        for (Page page : pages) {
            int length = page.text().codePointCount(0, page.text().length());
            int from = Math.max(start, page.start());
            int to = Math.min(end, page.start() + length);
            if (from >= to) {
                continue;
            }
            int fromChar = page.text().offsetByCodePoints(0, from - page.start());
            int toChar = page.text().offsetByCodePoints(fromChar, to - from);
            List<TextPosition> glyphs = new ArrayList<>();
            for (int k = fromChar; k < toChar; k++) {
                TextPosition g = page.glyphs()[k];
                if (g != null && (glyphs.isEmpty() || glyphs.get(glyphs.size() - 1) != g)) {
                    glyphs.add(g);
                }
            }
            if (!glyphs.isEmpty()) {
                runs.add(new Run(page, glyphs));
            }
        }
        return runs;
    }
}
