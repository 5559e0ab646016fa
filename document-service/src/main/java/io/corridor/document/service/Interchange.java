package io.corridor.document.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;


import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.api.ImportReport;
import io.corridor.document.mapping.AnnotationInterchange;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.mapping.CasXmi;
import io.corridor.document.mapping.InterchangeDocument;
import io.corridor.document.mapping.WebAnnoTsv;
import io.corridor.support.problem.ProblemException;

/**
 * A document with its annotations in the formats of INCEpTION and WebAnno (UIMA CAS XMI, WebAnno
 * TSV 3), out and in. Export: the latest version's text with the passages the caller may see that
 * are anchored in it (optionally of one status, or of one layer: the curated one), and the relations between them. Import: the file's
 * passages and relations anchored in the document's latest text like any import (see
 * {@link AnnotationImports}). Blocking: parsing and writing run on the caller's worker thread, the
 * database on a Vert.x context meanwhile.
 */
@ApplicationScoped
public class Interchange {

    public enum Format {
        XMI("xmi", CasXmi.MEDIA_TYPE, "CAS XMI"), TSV("tsv", WebAnnoTsv.MEDIA_TYPE + ";charset=utf-8", "WebAnno TSV");

        public final String extension;
        public final String mediaType;
        final String label;

        Format(String extension, String mediaType, String label) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.label = label;
        }

        /** The format a query parameter names; 400 otherwise. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return f;
                }
            }
            throw ProblemException.invalid("format", name == null || name.isBlank() ? "is required: xmi or tsv" : "must be xmi or tsv");
        }
    }

    /** The file and the title that names it. */
    public record Exported(String title, byte[] bytes) {
    }

    private final DocumentService documents;
    private final AnnotationExport export;
    private final AnnotationImports imports;
    private final AnnotationWriter writer;
    private final AnnotationIris iris;

    public Interchange(DocumentService documents, AnnotationExport export, AnnotationImports imports, AnnotationWriter writer,
            AnnotationIris iris) {
        this.documents = documents;
        this.export = export;
        this.imports = imports;
        this.writer = writer;
        this.iris = iris;
    }

    private record Source(String title, InterchangeDocument document) {
    }

    public Exported export(long id, Format format, String status, String layer, Caller caller) {
        // the filter once the document is found: an id that names none is a 404, not a filter's 400
        Source source = AnnotatedPdfExport.await(() -> documents.get(id).flatMap(d -> documents.version(id, null)
                .flatMap(v -> export.all(AnnotationFilter.of(String.valueOf(id), null, null, null, null, null, null, status, null, layer),
                        caller)
                        .map(list -> new Source(d.title(), AnnotationInterchange.export(v.text, v.n, list, writer))))));
        byte[] bytes = format == Format.XMI ? CasXmi.write(source.document())
                : WebAnnoTsv.write(source.document()).getBytes(StandardCharsets.UTF_8);
        return new Exported(source.title(), bytes);
    }

    /** Reads the file first (a malformed one is a 400 whatever the document), then stores like any import. */
    public ImportReport importInto(long id, Format format, byte[] body, Caller caller) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "is empty: send the " + format.label + " file");
        }
        InterchangeDocument read = format == Format.XMI ? CasXmi.read(body) : WebAnnoTsv.read(utf8(body));
        AnnotationInterchange.Import toStore = AnnotationInterchange.toImport(read, iris.documentIri(id), format.label);
        return AnnotatedPdfExport.await(() -> imports.importInterchange(id, toStore, caller));
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "is not UTF-8 (WebAnno TSV files are UTF-8)");
        }
    }

}
