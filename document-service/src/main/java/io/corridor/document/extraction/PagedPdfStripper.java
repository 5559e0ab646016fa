package io.corridor.document.extraction;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDFBox's text stripper in one pass over the document, noting where each page's text begins
 * and ends in its output, so page ranges cost nothing beyond plain extraction. Ingest's settings
 * live here alone: {@link GlyphStripper} extends it, so that the annotated PDF export reads the
 * very text that was stored.
 */
class PagedPdfStripper extends PDFTextStripper {

    final StringWriter out = new StringWriter();
    /** Where each page's text begins and ends in the output (UTF-16 indices). */
    final List<int[]> bounds = new ArrayList<>();
    private int pageStart;

    PagedPdfStripper() {
        setLineSeparator("\n");
        setPageStart("");
        setPageEnd("\n");
    }

    /** The raw text of each page, in order. */
    List<String> pages(PDDocument document) throws IOException {
        writeText(document, out);
        String all = out.toString();
        List<String> pages = new ArrayList<>(bounds.size());
        for (int[] b : bounds) {
            pages.add(all.substring(b[0], b[1]));
        }
        return pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        out.flush();
        pageStart = out.getBuffer().length();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        out.flush();
        bounds.add(new int[] { pageStart, out.getBuffer().length() });
    }
}
