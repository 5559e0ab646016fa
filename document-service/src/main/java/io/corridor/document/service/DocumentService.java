package io.corridor.document.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.document.DocumentFilter;
import io.corridor.document.Caller;
import io.corridor.document.Document;
import io.corridor.document.DocumentOriginal;
import io.corridor.document.DocumentVersion;
import io.corridor.document.PageRange;
import io.corridor.document.api.VersionView;
import io.corridor.document.mapping.Versions;
import io.corridor.document.repository.DocumentQueries;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.OriginalRepository;
import io.corridor.document.repository.VersionRepository;
import io.corridor.document.repository.VersionTexts;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.time.PartialDate;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The rules of the library: who may change what, versions that never change once stored,
 * metadata edits under If-Match, soft deletion (curators) and purge (admins).
 */
@ApplicationScoped
public class DocumentService {

    /** Fields the server owns: a patch naming them is refused rather than silently ignored. */
    static final Set<String> SERVER_OWNED = Set.of("id", "version", "versions", "sha256", "createdBy", "createdAt",
            "updatedAt", "revision", "latestVersion", "deletedAt", "deletedBy");

    private final DocumentRepository documents;
    private final VersionRepository versions;
    private final OriginalRepository originals;
    private final DocumentQueries queries;
    private final Reanchoring reanchoring;
    private final Notices notices;
    private final VersionTexts texts;

    public DocumentService(DocumentRepository documents, VersionRepository versions, OriginalRepository originals,
            DocumentQueries queries, Reanchoring reanchoring, Notices notices, VersionTexts texts) {
        this.documents = documents;
        this.versions = versions;
        this.originals = originals;
        this.queries = queries;
        this.reanchoring = reanchoring;
        this.notices = notices;
        this.texts = texts;
    }

    public Uni<Page<io.corridor.document.api.Document>> list(DocumentFilter filter, PageRequest request) {
        return queries.list(filter, request.page, request.size)
                .map(listing -> new Page<>(listing.items(), request.page, request.size, listing.total()));
    }

    public Uni<io.corridor.document.api.Document> get(long id) {
        return queries.view(id).map(view -> {
            if (view == null) {
                throw notFound(id);
            }
            return view;
        });
    }

    /** Where a file with these bytes is already stored, if anywhere. */
    public record Holder(long documentId, int n, boolean deleted) {
    }

    @WithSession
    public Uni<Holder> holderOf(String sha256) {
        return versions.bySha256(sha256).flatMap(v -> v == null ? Uni.createFrom().nullItem()
                : documents.findById(v.documentId).map(d -> new Holder(d.id, v.n, d.deleted())));
    }

    @WithTransaction
    public Uni<Long> create(DocumentMetadata meta, StoredFile file, Caller caller) {
        OffsetDateTime now = OffsetDateTime.now();
        Document d = new Document();
        d.title = meta.title();
        d.authors = meta.authors().toArray(String[]::new);
        d.issuer = meta.issuer();
        setDate(d, meta.date());
        d.kind = meta.kind();
        d.language = meta.language();
        d.sourceUrl = meta.sourceUrl();
        d.tags = meta.tags().toArray(String[]::new);
        d.latestVersion = 1;
        d.createdBy = caller.name();
        d.createdAt = now;
        d.updatedAt = now;
        return documents.persist(d).flatMap(saved -> storeVersion(saved, 1, file, caller, now)).map(v -> d.id);
    }

    @WithTransaction
    public Uni<VersionView> addVersion(long id, StoredFile file, Caller caller) {
        return live(id).flatMap(d -> {
            mayChange(d, caller);
            OffsetDateTime now = OffsetDateTime.now();
            int n = d.latestVersion + 1;
            d.latestVersion = n;
            d.updatedAt = now;
            // the annotations move to the new text in the same transaction: all or nothing
            return storeVersion(d, n, file, caller, now).flatMap(v -> reanchoring.toVersion(v, caller.name())
                    .call(count -> notices.newVersion(id, caller.name()))
                    .map(count -> Versions.view(v).withReanchoring(count)));
        });
    }

    private Uni<DocumentVersion> storeVersion(Document d, int n, StoredFile file, Caller caller, OffsetDateTime now) {
        DocumentVersion v = new DocumentVersion();
        v.documentId = d.id;
        v.n = n;
        v.sha256 = file.sha256();
        v.mediaType = file.extraction().format().mediaType;
        v.fileName = file.fileName();
        v.size = file.bytes().length;
        v.text = file.extraction().text();
        v.textLength = file.extraction().textLength();
        v.noTextLayer = file.extraction().noTextLayer();
        v.pageEnds = file.extraction().pages() == null ? null
                : file.extraction().pages().stream().mapToInt(p -> p.end()).toArray();
        v.language = d.language;
        v.createdBy = caller.name();
        v.createdAt = now;
        return versions.persist(v).flatMap(saved -> {
            DocumentOriginal original = new DocumentOriginal();
            original.versionId = saved.id;
            original.bytes = file.bytes();
            return originals.persist(original).replaceWith(saved);
        });
    }

    @WithSession
    public Uni<List<VersionView>> versions(long id) {
        return live(id).flatMap(d -> versions.allOf(id)).map(list -> list.stream().map(Versions::view).toList());
    }

    /** Version n of a live document; n null means the latest. */
    @WithSession
    public Uni<DocumentVersion> version(long id, Integer n) {
        return live(id).flatMap(d -> versions.of(id, n == null ? d.latestVersion : n)).map(v -> found(v, id, n));
    }

    private static <T> T found(T versionOrText, long id, Integer n) {
        if (versionOrText == null) {
            throw ProblemException.notFound("document " + id + " has no version " + n);
        }
        return versionOrText;
    }

    /**
     * The text of version n of a live document (n null: the latest), kept in memory once read (VersionTexts: a
     * version never changes): the reader asks it at every open, and reading the version's row with its text (often
     * 100,000 characters) cost more than the rest of the request.
     */
    @WithSession
    public Uni<String> text(long id, Integer n) {
        return live(id).flatMap(d -> texts.of(id, n == null ? d.latestVersion : n)).map(text -> found(text, id, n));
    }

    /** The page ranges of version n of a live document (n null: the latest); empty for a format without pages. */
    @WithSession
    public Uni<List<PageRange>> pages(long id, Integer n) {
        return live(id).flatMap(d -> texts.pageEnds(id, n == null ? d.latestVersion : n))
                .map(ends -> DocumentVersion.pages(found(ends, id, n)));
    }

    public record Original(String mediaType, String fileName, byte[] bytes) {
    }

    @WithSession
    public Uni<Original> original(long id, Integer n) {
        return version(id, n).flatMap(v -> originals.findById(v.id)
                .map(o -> new Original(v.mediaType, v.fileName, o.bytes)));
    }

    /** Applies a JSON Merge Patch (RFC 7396) of the metadata, if the If-Match names the current revision. */
    @WithTransaction
    public Uni<Void> patch(long id, String ifMatch, JsonNode patch, Caller caller) {
        return live(id).flatMap(d -> {
            mayChange(d, caller);
            EntityTag.require(ifMatch, d.revision);
            String oldLanguage = d.language;
            apply(d, patch);
            d.updatedAt = OffsetDateTime.now();
            Uni<?> reindex = java.util.Objects.equals(oldLanguage, d.language) ? Uni.createFrom().voidItem()
                    : versions.setLanguage(id, d.language);
            return reindex.replaceWithVoid();
        });
    }

    private static void apply(Document d, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a JSON Merge Patch of the document)");
        }
        List<Violation> v = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (SERVER_OWNED.contains(name)) {
                v.add(Violation.field(name, "is set by the server and cannot be changed"));
                continue;
            }
            switch (name) {
                case "title" -> d.title = DocumentMetadata.title(text(name, value, v), v);
                case "authors" -> d.authors = DocumentMetadata.authors(strings(name, value, v), v).toArray(String[]::new);
                case "issuer" -> d.issuer = value.isNull() ? null
                        : DocumentMetadata.issuer(value.isIntegralNumber() ? value.asText() : text(name, value, v), v);
                case "date" -> setDate(d, DocumentMetadata.date(text(name, value, v), v));
                case "language" -> d.language = DocumentMetadata.language(text(name, value, v), v);
                case "kind" -> d.kind = DocumentMetadata.kind(text(name, value, v), v);
                case "sourceUrl" -> d.sourceUrl = DocumentMetadata.sourceUrl(text(name, value, v), v);
                case "tags" -> d.tags = DocumentMetadata.tags(strings(name, value, v), v).toArray(String[]::new);
                default -> v.add(Violation.field(name, "is not a field of a document"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
    }

    private static String text(String name, JsonNode value, List<Violation> v) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            v.add(Violation.field(name, "must be a string"));
            return null;
        }
        return value.asText();
    }

    private static List<String> strings(String name, JsonNode value, List<Violation> v) {
        List<String> out = new ArrayList<>();
        if (value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            v.add(Violation.field(name, "must be an array of strings"));
            return out;
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                v.add(Violation.field(name, "must be an array of strings"));
                return out;
            }
            out.add(item.asText());
        }
        return out;
    }

    private static void setDate(Document d, PartialDate date) {
        d.date = date == null ? null : date.toString();
        d.dateStart = date == null ? null : date.start();
        d.dateEnd = date == null ? null : date.end();
    }

    /** Soft delete: the document answers 404 from now on, but nothing is lost until a purge. */
    @WithTransaction
    public Uni<Void> delete(long id, Caller caller) {
        return live(id).map(d -> {
            d.deletedAt = OffsetDateTime.now();
            d.deletedBy = caller.name();
            d.updatedAt = d.deletedAt;
            return null;
        }).replaceWithVoid();
    }

    /** Gives a soft-deleted document back; restoring a live one changes nothing. */
    @WithTransaction
    public Uni<Long> restore(long id) {
        return documents.findById(id).map(d -> {
            if (d == null) {
                throw notFound(id);
            }
            if (d.deleted()) {
                d.deletedAt = null;
                d.deletedBy = null;
                d.updatedAt = OffsetDateTime.now();
            }
            return d.id;
        });
    }

    /** Removes a document, live or soft-deleted, with all its versions and files. Irreversible. */
    @WithTransaction
    public Uni<Void> purge(long id) {
        return documents.findById(id).flatMap(d -> {
            if (d == null) {
                throw notFound(id);
            }
            return documents.delete(d);
        });
    }

    private Uni<Document> live(long id) {
        return documents.findLive(id).map(d -> {
            if (d == null) {
                throw notFound(id);
            }
            return d;
        });
    }

    private static void mayChange(Document d, Caller caller) {
        if (!caller.curator() && !caller.name().equals(d.createdBy)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "only the uploader of a document or a curator may change it", List.of());
        }
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("no document " + id);
    }
}
