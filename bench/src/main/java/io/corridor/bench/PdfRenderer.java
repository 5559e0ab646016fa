package io.corridor.bench;

import io.corridor.testing.PdfLayouts;

/**
 * A corpus text as a paginated A4 PDF with a real text layer, set by test-support's {@link PdfLayouts} as the
 * document tests set it, named for upload. Public: the end-to-end suite's browser tests and the reader
 * benchmark open such PDFs in the web client's page view.
 */
public final class PdfRenderer {

    /** A rendered file and its number of pages. */
    public record Pdf(String name, byte[] bytes, int pages) {
    }

    public Pdf render(String name, String heading, String text) {
        PdfLayouts.Paginated pdf = PdfLayouts.paginate(heading, text);
        return new Pdf(name, pdf.bytes(), pdf.pages());
    }
}
