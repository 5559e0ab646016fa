package io.corridor.document.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.logging.Logger;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.DocumentVersion;
import io.corridor.document.extraction.Format;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.mapping.PdfMarks;
import io.corridor.document.pdf.AnnotatedPdf;
import io.corridor.document.pdf.PdfMark;
import io.corridor.document.repository.OriginalRepository;
import io.corridor.support.problem.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * A PDF version's original with the annotations the caller may see written into it as PDF
 * annotations (see {@link AnnotatedPdf}): the passages anchored in that version, with their
 * replies. Not a PDF: 409; a missing or deleted document or version: 404. The weak ETag names the
 * version, the document's revision and every included annotation's revision, so an unchanged
 * export answers 304 before the file is even read. Blocking: call it from a worker thread; the
 * database is read on a Vert.x context meanwhile.
 */
@ApplicationScoped
public class AnnotatedPdfExport {

    private static final Logger LOG = Logger.getLogger(AnnotatedPdfExport.class);

    private final DocumentService documents;
    private final OriginalRepository originals;
    private final AnnotationWriter writer;
    private final AnnotationExport export;

    public AnnotatedPdfExport(DocumentService documents, OriginalRepository originals, AnnotationWriter writer,
            AnnotationExport export) {
        this.documents = documents;
        this.originals = originals;
        this.writer = writer;
        this.export = export;
    }

    /**
     * The export: {@code pdf} is null when {@code ifNoneMatch} names the current ETag (304). The
     * caller saves the document to the response and closes it.
     */
    public record Export(PDDocument pdf, String etag, String title, int version) {
    }

    /** What the export is made of, read from the database; the original's bytes only when needed. */
    private record Source(String title, long revision, DocumentVersion version, List<Annotation> visible) {
    }

    public Export export(long id, Integer n, Caller caller, String ifNoneMatch) {
        Source source = await(() -> source(id, n, caller));
        List<PdfMark> marks = PdfMarks.of(source.visible(), source.version().n, writer);
        String etag = etag(source, marks);
        if (matches(ifNoneMatch, etag)) {
            return new Export(null, etag, source.title(), source.version().n);
        }
        byte[] bytes = await(() -> originals.findById(source.version().id).map(o -> o == null ? null : o.bytes));
        if (bytes == null) {
            throw ProblemException.notFound("document " + id + " has no file for version " + source.version().n);
        }
        PDDocument pdf = null;
        try {
            // the stored bytes are wrapped, not copied: the only copy of the file in memory
            pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes));
            AnnotatedPdf.Result result = AnnotatedPdf.annotate(pdf, source.version().text, marks);
            if (result.missing() > 0) {
                LOG.warnf("annotated PDF of document %d version %d: %d of %d passages not found in its text", id,
                        source.version().n, result.missing(), marks.size());
            }
            return new Export(pdf, etag, source.title(), source.version().n);
        } catch (IOException | RuntimeException e) {
            close(pdf);
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            // ingest read this file: failing now is ours, not the caller's
            throw new IllegalStateException("cannot annotate the PDF of document " + id, e);
        }
    }

    private Uni<Source> source(long id, Integer n, Caller caller) {
        return documents.get(id).flatMap(document -> documents.version(id, n).flatMap(version -> {
            Format format = Format.ofMediaType(version.mediaType);
            if (format != Format.PDF) {
                throw new ProblemException(409, "not-a-pdf", "Not a PDF", "document " + id + " version " + version.n
                        + " is " + version.mediaType + ", not application/pdf: only a PDF can carry PDF annotations",
                        List.of());
            }
            AnnotationFilter filter = new AnnotationFilter(id, null, null, null, null, null, null, null);
            return export.all(filter, caller)
                    .map(list -> new Source(document.title(), document.revision(), version, list));
        }));
    }

    /** The version, the document's revision (its title names the file) and each included annotation at its revision. */
    private String etag(Source source, List<PdfMark> marks) {
        Set<String> included = new HashSet<>();
        for (PdfMark mark : marks) {
            included.add(mark.iri());
            mark.replies().forEach(r -> included.add(r.iri()));
        }
        StringBuilder key = new StringBuilder().append(source.version().id).append('/').append(source.revision());
        for (Annotation a : source.visible()) {
            if (included.contains(writer.iris().iri(a.id))) {
                key.append('/').append(a.id).append(':').append(a.revision);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + source.version().n + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match holds the ETag (weak comparison, RFC 9110 13.1.2) or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** Runs reactive work (the database) on a Vert.x context and waits for it, from a worker thread. */
    static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void close(PDDocument pdf) {
        if (pdf != null) {
            try {
                pdf.close();
            } catch (IOException ignored) {
                // nothing more to free
            }
        }
    }
}
