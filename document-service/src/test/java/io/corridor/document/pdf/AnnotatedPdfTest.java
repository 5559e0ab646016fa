package io.corridor.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

import io.corridor.document.anchoring.Quote;
import io.corridor.document.extraction.PdfGlyphs;

/**
 * Highlights land on their words on a page whose crop box does not start at the origin, and still
 * do when the stored text differs from what PDFBox reads now (the passage is found by its quote).
 */
class AnnotatedPdfTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T10:15:30Z");

    @Test
    void aCroppedPageKeepsItsGeometry() throws Exception {
        byte[] file = croppedPage();
        String text;
        try (PDDocument pdf = Loader.loadPDF(file)) {
            text = PdfGlyphs.read(pdf).text();
        }
        assertEquals("passage annoté ici\net la suite", annotatedWords(file, text, mark(text, "passage annoté ici\net la suite", 0)));
    }

    @Test
    void aStoredTextThatDiffersIsAlignedByTheQuote() throws Exception {
        byte[] file = croppedPage();
        String read;
        try (PDDocument pdf = Loader.loadPDF(file)) {
            read = PdfGlyphs.read(pdf).text();
        }
        // as if ingest had read a heading the stripper no longer sees
        String stored = "Un en-tête lu autrefois\n" + read;
        PdfMark mark = mark(stored, "annoté ici", 0);
        assertEquals("annoté ici", annotatedWords(file, stored, mark));
    }

    @Test
    void aRotatedPageKeepsItsGeometry() throws Exception {
        byte[] file = rotatedPage();
        String text;
        try (PDDocument pdf = Loader.loadPDF(file)) {
            text = PdfGlyphs.read(pdf).text();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(file)) {
            assertEquals(new AnnotatedPdf.Result(1, 0), AnnotatedPdf.annotate(pdf, text, List.of(mark(text, "annoté ici", 0))));
            pdf.save(out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDPage page = pdf.getPage(0);
            PDAnnotationHighlight h = (PDAnnotationHighlight) page.getAnnotations().get(0);
            float[] q = h.getQuadPoints();
            assertEquals(8, q.length);
            // on a page turned a quarter (Rotate 90), PDFBox's display coordinates are x = user y, y = user x
            // (computed as width - (width - x): a hundredth of a point of slack on the passage's first edge)
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("q", new Rectangle2D.Float(q[5], q[0] - 0.01f, q[1] - q[5], q[2] - q[0]));
            stripper.extractRegions(page);
            assertEquals("annoté ici", stripper.getTextForRegion("q").strip());
        }
    }

    static PdfMark mark(String text, String quote, int from) {
        int at = text.indexOf(quote, from);
        int start = text.codePointCount(0, at);
        int end = start + quote.codePointCount(0, quote.length());
        String prefix = text.substring(Math.max(0, at - 32), at);
        String suffix = text.substring(at + quote.length(), Math.min(text.length(), at + quote.length() + 32));
        return new PdfMark("http://localhost:8080/api/v1/annotations/x", new Quote(quote, prefix, suffix, start, end),
                "commenting", "annotator", "commenting", "Note", AT, AT, List.of());
    }

    /** Annotates, saves, reopens, and reads the words inside the highlight's quads, lines joined by \n. */
    static String annotatedWords(byte[] file, String stored, PdfMark mark) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(file)) {
            AnnotatedPdf.Result result = AnnotatedPdf.annotate(pdf, stored, List.of(mark));
            assertEquals(new AnnotatedPdf.Result(1, 0), result);
            pdf.save(out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDPage page = pdf.getPage(0);
            PDRectangle crop = page.getCropBox();
            List<String> lines = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationHighlight h) {
                    assertTrue(h.getRectangle().getLowerLeftX() > crop.getLowerLeftX(), "inside the crop box");
                    float[] q = h.getQuadPoints();
                    PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                    for (int i = 0; i < q.length / 8; i++) {
                        // text positions count from the crop box's upper-left corner, y downwards
                        float minX = q[8 * i];
                        float maxX = q[8 * i + 2];
                        float maxY = q[8 * i + 1];
                        float minY = q[8 * i + 5];
                        stripper.addRegion("q" + i, new Rectangle2D.Float(minX - crop.getLowerLeftX(),
                                crop.getUpperRightY() - maxY, maxX - minX - 0.01f, maxY - minY));
                    }
                    stripper.extractRegions(page);
                    for (int i = 0; i < q.length / 8; i++) {
                        lines.add(stripper.getTextForRegion("q" + i).strip());
                    }
                }
            }
            return String.join("\n", lines);
        }
    }

    /** A page shown turned a quarter clockwise (Rotate 90), two lines of text drawn in its user space. */
    static byte[] rotatedPage() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(15);
                content.newLineAtOffset(80, 500);
                content.showText("Le premier passage annoté ici");
                content.newLine();
                content.showText("et la suite sur une autre ligne.");
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A page whose crop box starts at (40, 60), two lines of text inside it. */
    static byte[] croppedPage() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(600, 800));
            page.setCropBox(new PDRectangle(40, 60, 520, 700));
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                content.setLeading(16);
                content.newLineAtOffset(100, 600);
                content.showText("Le premier passage annoté ici");
                content.newLine();
                content.showText("et la suite sur une autre ligne.");
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
