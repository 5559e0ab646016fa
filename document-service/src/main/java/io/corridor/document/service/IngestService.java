package io.corridor.document.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.corridor.document.Caller;
import io.corridor.document.extraction.Extraction;
import io.corridor.document.extraction.LanguageGuesser;
import io.corridor.document.extraction.TextExtractor;
import io.corridor.document.api.VersionView;
import io.corridor.document.repository.DocumentQueries;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * From an uploaded file to a stored version: size limit, SHA-256 (a byte-identical file is never
 * stored twice), extraction off the event loop, then one transaction that writes the document,
 * the version and the original together, so a failed ingest leaves nothing behind.
 */
@ApplicationScoped
public class IngestService {

    private final TextExtractor extractor;
    private final DocumentService documents;
    private final DocumentQueries queries;
    private final Vertx vertx;
    private final long maxFileSize;

    public IngestService(TextExtractor extractor, DocumentService documents, DocumentQueries queries, Vertx vertx,
            @ConfigProperty(name = "corridor.documents.max-file-size", defaultValue = "50M") MemorySize maxFileSize) {
        this.extractor = extractor;
        this.documents = documents;
        this.queries = queries;
        this.vertx = vertx;
        this.maxFileSize = maxFileSize.asLongValue();
    }

    /** A new document; or the existing one ({@code created} false) when the same bytes are already stored. */
    public Uni<Ingested> upload(Upload upload, DocumentMetadata meta, Caller caller) {
        checkSize(upload);
        return blocking(() -> read(upload)).flatMap(read -> documents.holderOf(read.sha256()).flatMap(holder -> {
            if (holder != null) {
                if (holder.deleted()) {
                    throw deletedHolder(holder);
                }
                return documents.get(holder.documentId()).map(view -> new Ingested(view, false));
            }
            return blocking(() -> extract(read, upload))
                    .flatMap(file -> documents.create(withLanguage(meta, file.extraction()), file, caller))
                    .onFailure(IngestService::isDuplicateKey).transform(e -> sameFileAtOnce())
                    .flatMap(documents::get).map(view -> new Ingested(view, true));
        }));
    }

    public record AddedVersion(VersionView version, boolean created) {
    }

    /** Version n+1 of a document; uploading the bytes of one of its versions again answers that version. */
    public Uni<AddedVersion> addVersion(long id, Upload upload, Caller caller) {
        checkSize(upload);
        return blocking(() -> read(upload)).flatMap(read -> documents.holderOf(read.sha256()).flatMap(holder -> {
            if (holder != null) {
                if (holder.documentId() != id || holder.deleted()) {
                    throw holder.deleted() ? deletedHolder(holder)
                            : new ProblemException(409, "duplicate-file", "Duplicate file",
                                    "this file is already version " + holder.n() + " of document " + holder.documentId(),
                                    List.of(Violation.field(TextExtractor.FIELD, "is already stored in document " + holder.documentId())));
                }
                return documents.version(id, holder.n()).map(v -> new AddedVersion(io.corridor.document.mapping.Versions.view(v), false));
            }
            return blocking(() -> extract(read, upload)).flatMap(file -> documents.addVersion(id, file, caller))
                    .onFailure(IngestService::isDuplicateKey).transform(e -> sameFileAtOnce())
                    .map(v -> new AddedVersion(v, true));
        }));
    }

    private void checkSize(Upload upload) {
        if (upload.size() > maxFileSize) {
            throw new ProblemException(413, "file-too-large", "Content Too Large",
                    "file is larger than the limit of " + maxFileSize + " bytes",
                    List.of(Violation.field(TextExtractor.FIELD, "must be at most " + maxFileSize + " bytes")));
        }
    }

    private record Read(byte[] bytes, String sha256) {
    }

    private static Read read(Upload upload) {
        try {
            byte[] bytes = Files.readAllBytes(upload.file());
            return new Read(bytes, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private StoredFile extract(Read read, Upload upload) {
        Extraction extraction = extractor.extract(read.bytes(), upload.contentType(), upload.fileName());
        return new StoredFile(read.bytes(), read.sha256(), upload.fileName(), extraction);
    }

    private static DocumentMetadata withLanguage(DocumentMetadata m, Extraction extraction) {
        if (m.language() != null) {
            return m;
        }
        return new DocumentMetadata(m.title(), m.authors(), m.issuer(), m.date(), LanguageGuesser.guess(extraction.text()),
                m.kind(), m.sourceUrl(), m.tags());
    }

    /** Runs blocking work (file reading, parsing) on a worker thread and comes back to the request's context. */
    private <T> Uni<T> blocking(Supplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(work), false);
    }

    private static ProblemException deletedHolder(DocumentService.Holder holder) {
        return new ProblemException(409, "duplicate-file", "Duplicate file",
                "this file belongs to document " + holder.documentId() + ", which is deleted; a curator can restore it",
                List.of(Violation.field(TextExtractor.FIELD, "is stored in deleted document " + holder.documentId())));
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("document_version_sha256_key")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException sameFileAtOnce() {
        return new ProblemException(409, "duplicate-file", "Duplicate file",
                "the same file was being stored by another request; fetch the document or retry",
                List.of(Violation.field(TextExtractor.FIELD, "is being stored by another request")));
    }
}
