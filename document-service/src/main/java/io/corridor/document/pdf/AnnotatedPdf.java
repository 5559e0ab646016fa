package io.corridor.document.pdf;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

import io.corridor.document.anchoring.Anchor;
import io.corridor.document.anchoring.Reanchor;
import io.corridor.document.extraction.PdfGlyphs;

/**
 * Writes annotations into a PDF as real PDF annotations: per passage and page, a Highlight whose
 * QuadPoints cover the passage's glyphs line by line, with its Popup; per reply, a Text annotation
 * in reply to (IRT) what it answers. The passages' code points are those of the stored text, which
 * ingest made with the same stripper ({@link PdfGlyphs}): they map to glyphs one to one. Should the
 * text read now differ from the stored one (a PDFBox upgrade since ingest), each passage is anchored
 * in it again by its quote and context, as for a new version; one not found is left out. Blocking.
 */
public final class AnnotatedPdf {

    /** How many highlights (one per passage and page) and passages left out (not found in the text). */
    public record Result(int highlights, int missing) {
    }

    private static final float POPUP_WIDTH = 220;
    private static final float POPUP_HEIGHT = 120;
    private static final float NOTE_SIZE = 18;

    private AnnotatedPdf() {
    }

    public static Result annotate(PDDocument document, String storedText, List<PdfMark> marks) throws IOException {
        if (marks.isEmpty()) {
            return new Result(0, 0);
        }
        PdfGlyphs glyphs = PdfGlyphs.read(document);
        boolean sameText = glyphs.text().equals(storedText);
        Map<PDPage, List<PDAnnotation>> added = new LinkedHashMap<>();
        int highlights = 0;
        int missing = 0;
        for (PdfMark mark : marks) {
            int start = mark.passage().start();
            int end = mark.passage().end();
            if (!sameText) {
                Optional<Anchor> found = Reanchor.anchor(storedText, glyphs.text(), mark.passage());
                if (found.isEmpty()) {
                    missing++;
                    continue;
                }
                start = found.get().start();
                end = found.get().end();
            }
            List<PdfGlyphs.Run> runs = glyphs.glyphs(start, end);
            if (runs.isEmpty()) {
                missing++;
                continue;
            }
            PDAnnotationHighlight first = null;
            for (PdfGlyphs.Run run : runs) {
                List<float[]> quads = Quads.of(run.page().page(), run.glyphs());
                if (quads.isEmpty()) {
                    continue;
                }
                PDAnnotationHighlight highlight = highlight(document, run.page().page(), mark, quads);
                add(added, run.page().page(), highlight, highlight.getPopup());
                highlights++;
                if (first == null) {
                    first = highlight;
                }
            }
            if (first != null) {
                replies(document, first, mark, added);
            } else {
                missing++;
            }
        }
        for (Map.Entry<PDPage, List<PDAnnotation>> page : added.entrySet()) {
            List<PDAnnotation> annotations = new ArrayList<>(page.getKey().getAnnotations());
            annotations.addAll(page.getValue());
            page.getKey().setAnnotations(annotations);
        }
        return new Result(highlights, missing);
    }

    private static PDAnnotationHighlight highlight(PDDocument document, PDPage page, PdfMark mark, List<float[]> quads) {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        float[] points = Quads.flatten(quads);
        h.setQuadPoints(points);
        h.setRectangle(Quads.bounds(points, 1));
        h.setColor(MarkColours.of(mark.motivation()));
        h.setConstantOpacity(1);
        h.setPage(page);
        h.setPrinted(true);
        describe(h, mark.iri(), mark.author(), mark.contents(), mark.created(), mark.modified());
        h.setSubject(mark.subject());
        h.constructAppearances(document);
        h.setPopup(popup(page, h));
        return h;
    }

    /** The note a viewer opens on the highlight, beside it on the page's right edge. */
    private static PDAnnotationPopup popup(PDPage page, PDAnnotationMarkup parent) {
        PDRectangle box = page.getCropBox();
        PDRectangle at = parent.getRectangle();
        float top = Math.min(box.getUpperRightY(), Math.max(box.getLowerLeftY() + POPUP_HEIGHT, at.getUpperRightY()));
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.setRectangle(new PDRectangle(box.getUpperRightX() - POPUP_WIDTH, top - POPUP_HEIGHT, POPUP_WIDTH, POPUP_HEIGHT));
        popup.setParent(parent);
        popup.setOpen(false);
        popup.setPage(page);
        return popup;
    }

    /** Each reply a Text note in reply to its parent (the highlight, or the reply it answers). */
    private static void replies(PDDocument document, PDAnnotationHighlight root, PdfMark mark,
            Map<PDPage, List<PDAnnotation>> added) {
        PDPage page = root.getPage();
        Map<String, PDAnnotationMarkup> byIri = new HashMap<>();
        byIri.put(mark.iri(), root);
        PDRectangle at = root.getRectangle();
        for (PdfMark.Reply reply : mark.replies()) {
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(at.getLowerLeftX(), at.getUpperRightY(), NOTE_SIZE, NOTE_SIZE));
            note.setName(PDAnnotationText.NAME_COMMENT);
            note.setPage(page);
            note.setPrinted(false);
            note.setNoZoom(true);
            note.setNoRotate(true);
            describe(note, reply.iri(), reply.author(), reply.contents(), reply.created(), reply.modified());
            note.setInReplyTo(byIri.getOrDefault(reply.inReplyTo(), root));
            note.setReplyType("R");
            note.constructAppearances(document);
            note.setPopup(popup(page, note));
            byIri.put(reply.iri(), note);
            add(added, page, note, note.getPopup());
        }
    }

    private static void describe(PDAnnotationMarkup a, String iri, String author, String contents, OffsetDateTime created,
            OffsetDateTime modified) {
        a.setAnnotationName(iri);
        a.setTitlePopup(author);
        a.setContents(contents);
        a.setCreationDate(calendar(created));
        a.setModifiedDate(calendar(modified));
    }

    private static Calendar calendar(OffsetDateTime at) {
        return GregorianCalendar.from(at.toZonedDateTime());
    }

    private static void add(Map<PDPage, List<PDAnnotation>> added, PDPage page, PDAnnotation... annotations) {
        List<PDAnnotation> list = added.computeIfAbsent(page, p -> new ArrayList<>());
        for (PDAnnotation a : annotations) {
            if (a != null) {
                list.add(a);
            }
        }
    }
}
