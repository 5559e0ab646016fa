package io.corridor.document.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Authorship;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.anchoring.Anchor;
import io.corridor.document.anchoring.Quote;
import io.corridor.document.anchoring.Reanchor;
import io.corridor.document.mapping.AnnotationImport;
import io.corridor.document.mapping.AnnotationInterchange;
import io.corridor.document.mapping.ImportedLink;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationReader;
import io.corridor.document.api.ImportRejection;
import io.corridor.document.api.ImportReport;
import io.corridor.document.mapping.ImportedAnnotation;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.VersionRepository;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Imports annotations made elsewhere into one document (see {@link AnnotationImport} for the
 * formats). Each is anchored in the latest text the way a new version re-anchors (exact quote by
 * context and position, else approximate), then goes through the same checks as a POST and is
 * created by the caller, the original author kept as the generator. One that is refused is
 * reported with its index and the reason; the others are stored together in one transaction.
 */
@ApplicationScoped
public class AnnotationImports {

    /** At most this many annotations in one import. */
    public static final int MAX_ANNOTATIONS = 5_000;

    private final AnnotationService annotations;
    private final AnnotationReader reader;
    private final AnnotationIris iris;
    private final DocumentRepository documents;
    private final VersionRepository versions;
    public AnnotationImports(AnnotationService annotations, AnnotationReader reader, AnnotationIris iris, DocumentRepository documents,
            VersionRepository versions) {
        this.annotations = annotations;
        this.reader = reader;
        this.iris = iris;
        this.documents = documents;
        this.versions = versions;
    }

    /** Reads the body first (a malformed import is a 400 whatever the document), then stores in one transaction. */
    public Uni<ImportReport> importInto(long documentId, JsonNode body, Caller caller) {
        AnnotationImport.Parsed parsed;
        try {
            parsed = AnnotationImport.parse(body, iris.documentIri(documentId));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
        if (parsed.annotations().size() + parsed.rejected().size() > MAX_ANNOTATIONS) {
            throw ProblemException.invalid("body", "holds more than " + MAX_ANNOTATIONS + " annotations: split the import");
        }
        return store(documentId, parsed, List.of(), caller);
    }

    /**
     * Stores passages and the relations between them read from an interchange file (CAS XMI,
     * WebAnno TSV), in one transaction like any import.
     */
    public Uni<ImportReport> importInterchange(long documentId, AnnotationInterchange.Import read, Caller caller) {
        if (read.parsed().annotations().size() + read.links().size() > MAX_ANNOTATIONS) {
            throw ProblemException.invalid("body", "holds more than " + MAX_ANNOTATIONS + " annotations and relations: split the import");
        }
        return store(documentId, read.parsed(), read.links(), caller);
    }

    @WithTransaction
    Uni<ImportReport> store(long documentId, AnnotationImport.Parsed parsed, List<ImportedLink> links, Caller caller) {
        return documents.findLive(documentId).flatMap(d -> {
            if (d == null) {
                throw ProblemException.notFound("no document " + documentId);
            }
            return versions.of(documentId, d.latestVersion).flatMap(v -> store(documentId, v.n, v.text, parsed, links, caller));
        });
    }

    private Uni<ImportReport> store(long documentId, int version, String text, AnnotationImport.Parsed parsed, List<ImportedLink> links,
            Caller caller) {
        List<ImportRejection> rejected = new ArrayList<>(parsed.rejected());
        int[] counts = new int[2]; // anchored, orphaned
        Uni<Void> passages = Multi.createFrom().iterable(parsed.annotations())
                .onItem().transformToUniAndConcatenate(item -> Uni.createFrom().deferred(() -> one(item, documentId, version, text, caller))
                        .map(anchored -> {
                            counts[anchored ? 0 : 1]++;
                            return item;
                        })
                        .onFailure(ProblemException.class).recoverWithItem(e -> {
                            rejected.add(new ImportRejection(item.row(), detail((ProblemException) e)));
                            return item;
                        }))
                .collect().asList().replaceWithVoid();
        return passages.flatMap(none -> Multi.createFrom().iterable(links)
                .onItem().transformToUniAndConcatenate(link -> Uni.createFrom().deferred(() -> link(link, version, text, caller))
                        .map(stored -> {
                            counts[0]++;
                            return link;
                        })
                        .onFailure(ProblemException.class).recoverWithItem(e -> {
                            rejected.add(new ImportRejection(link.row(), detail((ProblemException) e)));
                            return link;
                        }))
                .collect().asList())
                .map(done -> {
                    rejected.sort(java.util.Comparator.comparingInt(ImportRejection::row));
                    return new ImportReport(counts[0] + counts[1], counts[0], counts[1], rejected);
                });
    }

    /** Stores one imported annotation; true when it is anchored, false when stored orphaned. */
    private Uni<Boolean> one(ImportedAnnotation item, long documentId, int version, String text, Caller caller) {
        Optional<Anchor> found = anchor(item, text);
        Authorship by = new Authorship(caller.name(), caller.teams(), Annotation.ACCEPTED, generator(item.author()));
        if (found.isEmpty()) {
            return orphan(item, documentId, version, nfc(item.exact()), text, by);
        }
        ObjectNode annotation = item.annotation().deepCopy();
        ObjectNode target = (ObjectNode) annotation.get("target");
        anchored(target, version, found.get());
        AnnotationDraft draft = reader.read(annotation);
        return annotations.create(draft, by).replaceWith(true);
    }

    /** Where an imported passage is in our text: the exact quote by context and position, else approximately. */
    private static Optional<Anchor> anchor(ImportedAnnotation item, String text) {
        String exact = nfc(item.exact());
        int length = exact.codePointCount(0, exact.length());
        int start = item.start() == null ? 0 : Math.max(0, item.start());
        return Reanchor.anchor(null, text, new Quote(exact, nfc(item.prefix()), nfc(item.suffix()), start, start + length));
    }

    /** The target's selectors as anchored in our text (both, so that the service checks them against each other). */
    private static void anchored(ObjectNode target, int version, Anchor at) {
        target.put("version", version);
        ArrayNode selectors = target.putArray("selector");
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", at.exact()).put("prefix", at.prefix())
                .put("suffix", at.suffix());
        selectors.addObject().put("type", "TextPositionSelector").put("start", at.start()).put("end", at.end());
    }

    /**
     * Stores a relation as a linking annotation with two targets, the governor's passage then the
     * dependent's, each anchored like a passage; its label is a tag. Both passages must be found in
     * our text (a link to nowhere is refused, not orphaned). The draft goes through the same checks as
     * a POST, so a service that does not accept two targets refuses it with its reason.
     */
    private Uni<Boolean> link(ImportedLink link, int version, String text, Caller caller) {
        List<Anchor> ends = new ArrayList<>();
        for (ImportedAnnotation end : List.of(link.governor(), link.dependent())) {
            Optional<Anchor> found = anchor(end, text);
            if (found.isEmpty()) {
                throw ProblemException.unprocessable("a relation's passage is not in the text", List.of(Violation.field(
                        end == link.governor() ? "target[0]" : "target[1]", "the passage \"" + abbreviated(end.exact())
                                + "\" is not in the document's text")));
            }
            ends.add(found.get());
        }
        ObjectNode annotation = link.governor().annotation().objectNode();
        annotation.put("motivation", "linking");
        ArrayNode bodies = annotation.putArray("body");
        if (link.label() != null && !link.label().isBlank()) {
            bodies.addObject().put("type", "TextualBody").put("value", link.label()).put("purpose", "tagging");
        }
        ArrayNode targets = annotation.putArray("target");
        for (int i = 0; i < 2; i++) {
            ObjectNode target = targets.addObject();
            target.put("source", ((ObjectNode) (i == 0 ? link.governor() : link.dependent()).annotation().get("target")).get("source").asText());
            anchored(target, version, ends.get(i));
        }
        AnnotationDraft draft = reader.read(annotation);
        Authorship by = new Authorship(caller.name(), caller.teams(), Annotation.ACCEPTED, generator(link.author()));
        return annotations.create(draft, by).replaceWith(true);
    }

    private static String abbreviated(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /**
     * An annotation whose quote is nowhere in our text: checked like the others (for the check
     * alone its selector is replaced by the start of the text, since a quote that is not there
     * would be refused), then stored orphaned on the latest version with the quote as imported and
     * the imported position clipped to the text, so that it is listed with the orphans and nothing
     * is lost.
     */
    private Uni<Boolean> orphan(ImportedAnnotation item, long documentId, int version, String exact, String text, Authorship by) {
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            throw ProblemException.unprocessable("the document has no text to anchor in",
                    List.of(Violation.field("target.selector", "the document has no text (version " + version + ")")));
        }
        ObjectNode annotation = item.annotation().deepCopy();
        ObjectNode target = (ObjectNode) annotation.get("target");
        target.put("version", version);
        target.putArray("selector").addObject().put("type", "TextPositionSelector").put("start", 0).put("end", 1);
        AnnotationDraft draft = reader.read(annotation); // the same checks of motivation, bodies and visibility
        int start = item.start() == null ? 0 : Math.min(Math.max(0, item.start()), length - 1);
        int end = Math.min(length, start + Math.max(1, exact.codePointCount(0, exact.length())));
        return annotations.createOrphan(draft, by, documentId, version,
                new TextQuoteSelector(exact, nfc(item.prefix()), nfc(item.suffix())), new TextPositionSelector(start, end))
                .replaceWith(false);
    }

    /** Who wrote it in the other tool, as the generator of the annotation stored here. */
    private static String generator(String author) {
        return author == null ? "import" : "import from " + author;
    }

    private static String detail(ProblemException e) {
        List<Violation> violations = e.toProblem().errors();
        if (violations != null && !violations.isEmpty()) {
            return String.join("; ", violations.stream().map(v -> v.field() + " " + v.message()).toList());
        }
        return e.getMessage();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
