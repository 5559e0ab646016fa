package io.corridor.document.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Authorship;
import io.corridor.document.Caller;
import io.corridor.document.Document;
import io.corridor.document.Visibility;
import io.corridor.document.api.CurationCounts;
import io.corridor.document.api.CurationDecision;
import io.corridor.document.api.CurationMergeResult;
import io.corridor.document.api.CurationUnitView;
import io.corridor.document.api.CurationVersionView;
import io.corridor.document.api.CurationView;
import io.corridor.document.curation.Unit;
import io.corridor.document.curation.UnitState;
import io.corridor.document.curation.Version;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationReader;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.VersionTexts;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Curation into a gold standard, as INCEpTION's curators do it: per document, the annotators' versions side by side
 * unit by unit ({@link Unit}), over the passages agreement compares ({@link ComparedPassages}, narrowed by tag and
 * motivation); a curator takes one version of a unit (as it is, or with another span or tags) or auto-merges every
 * unit on which all annotators agree. The result is the document's curated layer: annotations created by the curator
 * through {@link AnnotationService#create(AnnotationDraft, Authorship, String)} (so anchored, recorded, published live
 * and later re-anchored like any), accepted, seen by the teams of the versions they come from, their W3C via naming
 * those versions. A new decision on a unit replaces its curated annotations; the normal delete removes one.
 * Decisions and merges lock the document row, so that two curators at once queue rather than both curate a unit.
 */
@ApplicationScoped
public class Curation {

    static final String REPLACED = "replaced by a curation decision";

    private final AnnotationService annotations;
    private final DocumentRepository documents;
    private final VersionTexts texts;
    private final AnnotationWriter writer;
    private final AnnotationReader reader;
    private final RequiredVocabulary vocabulary;

    public Curation(AnnotationService annotations, DocumentRepository documents, VersionTexts texts, AnnotationWriter writer,
            AnnotationReader reader, RequiredVocabulary vocabulary) {
        this.annotations = annotations;
        this.documents = documents;
        this.texts = texts;
        this.writer = writer;
        this.reader = reader;
        this.vocabulary = vocabulary;
    }

    /** A document's units, and the annotations behind them by id. */
    private record Compared(Document document, int[] codePoints, List<String> annotators, List<Unit> units,
            Map<UUID, Annotation> byId) {
    }

    /** The units of the latest version (of one state when {@code state} is given). Only tag and motivation of the filter apply. */
    @WithSession
    public Uni<CurationView> of(long documentId, AnnotationFilter filter, String state, Caller caller) {
        mustCurate(caller);
        UnitState wanted = state(state);
        return compare(documentId, filter, caller, false).map(c -> {
            int[] counts = new int[UnitState.values().length];
            List<CurationUnitView> units = new ArrayList<>();
            for (Unit u : c.units()) {
                counts[u.state().ordinal()]++;
                if (wanted == null || wanted == u.state()) {
                    units.add(new CurationUnitView(u.start(), u.end(), ComparedPassages.quote(c.codePoints(), u.start(), u.end()),
                            u.state().value(), views(u.versions(), c), views(u.curated(), c)));
                }
            }
            return new CurationView(documentId, c.document().latestVersion, c.annotators(),
                    new CurationCounts(counts[UnitState.AGREED.ordinal()], counts[UnitState.DISAGREED.ordinal()],
                            counts[UnitState.SINGLE.ordinal()], counts[UnitState.CURATED.ordinal()]),
                    units);
        });
    }

    /**
     * Takes an annotator's annotation as the curated version of its unit, edited when the decision says so; the
     * unit's earlier curated annotations are deleted (no two curated versions of one unit). Answers the new one.
     */
    @WithTransaction
    public Uni<Annotation> decide(long documentId, CurationDecision decision, AnnotationFilter filter, Caller caller) {
        mustCurate(caller);
        if (decision == null) {
            throw ProblemException.invalid("annotation", "is required: the uuid or IRI of the annotation to take");
        }
        UUID id = annotationId(decision.annotation());
        List<String> tags = tags(decision.tags());
        return compare(documentId, filter, caller, true).flatMap(c -> {
            Annotation source = c.byId().get(id);
            Unit unit = source == null ? null : Unit.holding(c.units(), id);
            if (unit == null) {
                throw ProblemException.unprocessable("annotation " + decision.annotation() + " is no annotator's passage of document "
                        + documentId + " compared here", List.of(Violation.field("annotation", decision.annotation(),
                                "must be an annotator's annotation anchored in the latest version of this document, "
                                        + "visible to you, not rejected, of the motivation and tag asked (not a curated one)")));
            }
            int[] span = span(decision, c.codePoints().length);
            ObjectNode json = draftJson(source, List.of(source), c.document().latestVersion, span, tags);
            AnnotationDraft draft = reader.read(json);
            Uni<Void> allowed = tags == null ? Uni.createFrom().voidItem() : vocabulary.check(draft.bodies(), caller.teams());
            return allowed.flatMap(x -> retire(unit.curated(), caller))
                    .flatMap(x -> annotations.create(draft, authorship(List.of(source), caller), Annotation.CURATED));
        });
    }

    /**
     * Auto-merge: every unit on which all annotators agree and that is not curated yet gets its curated annotation,
     * the oldest version's words, via all of them. Idempotent: merged units are curated, and skipped next time.
     */
    @WithTransaction
    public Uni<CurationMergeResult> merge(long documentId, AnnotationFilter filter, Caller caller) {
        mustCurate(caller);
        return compare(documentId, filter, caller, true).flatMap(c -> {
            List<String> created = new ArrayList<>();
            int skipped = 0;
            int disagreed = 0;
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Unit u : c.units()) {
                switch (u.state()) {
                    case CURATED -> skipped++;
                    case DISAGREED, SINGLE -> disagreed++;
                    case AGREED -> {
                        List<Annotation> from = u.versions().stream().map(v -> c.byId().get(v.id())).toList();
                        AnnotationDraft draft = reader.read(draftJson(from.getFirst(), from, c.document().latestVersion, null, null));
                        chain = chain.flatMap(x -> annotations.create(draft, authorship(from, caller), Annotation.CURATED))
                                .invoke(a -> created.add(writer.iris().iri(a.id))).replaceWithVoid();
                    }
                }
            }
            int s = skipped;
            int d = disagreed;
            return chain.map(x -> new CurationMergeResult(created.size(), s, d, created));
        });
    }

    /** The document (locked for a write), its latest text and its units as this curator sees them. */
    private Uni<Compared> compare(long documentId, AnnotationFilter filter, Caller caller, boolean lock) {
        Uni<Document> found = lock ? documents.findById(documentId, LockModeType.PESSIMISTIC_WRITE) : documents.findById(documentId);
        return found.flatMap(d -> {
            if (d == null || d.deleted()) {
                throw AnnotationService.notFound("id", "no document " + documentId);
            }
            return texts.of(documentId, d.latestVersion).flatMap(text -> annotations.passagesOf(documentId).map(list -> {
                Map<UUID, Annotation> byId = new LinkedHashMap<>();
                List<Version> versions = new ArrayList<>();
                List<Version> curated = new ArrayList<>();
                Set<String> annotators = new TreeSet<>();
                for (Annotation a : list) {
                    // a relation's other passages are elsewhere: its curation is not a unit's (not done yet)
                    if (a.linkTargets != null || (filter.tag() != null && !List.of(a.tags).contains(filter.tag()))) {
                        continue;
                    }
                    if (ComparedPassages.compared(a, d.latestVersion, filter, caller)) {
                        versions.add(version(a));
                        annotators.add(a.creator);
                        byId.put(a.id, a);
                    } else if (curatedHere(a, d.latestVersion, filter, caller)) {
                        curated.add(version(a));
                        byId.put(a.id, a);
                    }
                }
                return new Compared(d, text.codePoints().toArray(), List.copyOf(annotators),
                        Unit.of(versions, curated, annotators), byId);
            }));
        });
    }

    /** A live curated annotation anchored in the latest version, of the motivation asked. */
    private static boolean curatedHere(Annotation a, int version, AnnotationFilter filter, Caller caller) {
        return a.curated() && a.version != null && a.version == version && Annotation.ANCHORED.equals(a.anchorState)
                && a.startPos != null && AnnotationService.visible(a, caller)
                && (filter.motivation() == null || filter.motivation().equals(a.motivation));
    }

    private static Version version(Annotation a) {
        return new Version(a.id, a.creator, a.startPos, a.endPos, a.motivation, ComparedPassages.labels(a));
    }

    private List<CurationVersionView> views(List<Version> versions, Compared c) {
        return versions.stream().map(v -> {
            Annotation a = c.byId().get(v.id());
            return new CurationVersionView(writer.iris().iri(a.id), a.creator, v.start(), v.end(),
                    ComparedPassages.quote(c.codePoints(), v.start(), v.end()), v.motivation(), v.labels(), comment(a));
        }).toList();
    }

    /** The start of the first body that is text and not a tag. */
    private String comment(Annotation a) {
        for (JsonNode body : writer.parse(a.body)) {
            if ("TextualBody".equals(body.path("type").asText()) && !"tagging".equals(body.path("purpose").asText())
                    && body.path("value").isTextual()) {
                int[] cp = body.path("value").asText().codePoints().toArray();
                return ComparedPassages.quote(cp, 0, cp.length);
            }
        }
        return null;
    }

    /**
     * The W3C form of the curated annotation: the source's motivation and bodies (its tags replaced when edited), its
     * passage in the latest version (or the edited span, by position), via the versions it comes from (at most as
     * many as a via holds), seen as widely as the widest of them and never less than by the team.
     */
    private ObjectNode draftJson(Annotation source, List<Annotation> from, int version, int[] span, List<String> tags) {
        ObjectNode json = writer.write(source);
        json.remove(List.of("canonical", "via", "layer"));
        ArrayNode via = json.putArray("via");
        from.stream().limit(AnnotationReader.MAX_VIA).forEach(a -> via.add(writer.iris().iri(a.id)));
        Visibility widest = Visibility.TEAM;
        for (Annotation a : from) {
            if (a.visibilityRule() != null && a.visibilityRule().widerThan(widest)) {
                widest = a.visibilityRule();
            }
        }
        json.put("visibility", widest.value());
        if (span != null) {
            ObjectNode target = (ObjectNode) json.get("target");
            target.put("version", version);
            ObjectNode position = target.putArray("selector").addObject();
            position.put("type", "TextPositionSelector");
            position.put("start", span[0]);
            position.put("end", span[1]);
        }
        if (tags != null) {
            ArrayNode bodies = json.putArray("body");
            JsonNode old = writer.parse(source.body);
            for (JsonNode b : old) {
                if (!("TextualBody".equals(b.path("type").asText()) && "tagging".equals(b.path("purpose").asText()))) {
                    bodies.add(b);
                }
            }
            for (String tag : tags) {
                bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag);
            }
        }
        return json;
    }

    /** The curator, accepted, for the teams of the versions and the curator's own. */
    private static Authorship authorship(List<Annotation> from, Caller caller) {
        Set<String> teams = new LinkedHashSet<>(caller.teams());
        from.forEach(a -> teams.addAll(a.teamList()));
        return new Authorship(caller.name(), List.copyOf(teams), Annotation.ACCEPTED, null);
    }

    /** Deletes the unit's earlier curated annotations, with the reason in their history. */
    private Uni<Void> retire(List<Version> curated, Caller caller) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Version v : curated) {
            chain = chain.flatMap(x -> annotations.get(v.id(), caller)
                    .flatMap(a -> annotations.delete(a.id, EntityTag.of(a.revision), REPLACED, caller)));
        }
        return chain;
    }

    private static UUID annotationId(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid("annotation", "is required: the uuid or IRI of the annotation to take");
        }
        UUID id = AnnotationIris.annotationId(value.strip());
        if (id != null) {
            return id;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("annotation", "must be an annotation's uuid or IRI");
        }
    }

    /** The edited span, or null; both ends or neither, inside the text. */
    private static int[] span(CurationDecision d, int length) {
        if (d.start() == null && d.end() == null) {
            return null;
        }
        List<Violation> v = new ArrayList<>();
        if (d.start() == null || d.end() == null) {
            v.add(Violation.field(d.start() == null ? "start" : "end", "is required with " + (d.start() == null ? "end" : "start")));
        } else {
            if (d.start() < 0 || d.start() >= length) {
                v.add(Violation.field("start", String.valueOf(d.start()), "must be from 0 to " + (length - 1)));
            }
            if (d.end() <= d.start() || d.end() > length) {
                v.add(Violation.field("end", String.valueOf(d.end()), "must be after start and at most " + length));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.unprocessable("the edited span is not a passage of the latest version", v);
        }
        return new int[] { d.start(), d.end() };
    }

    private static List<String> tags(List<String> tags) {
        if (tags == null) {
            return null;
        }
        if (tags.size() > AnnotationReader.MAX_BODIES) {
            throw ProblemException.invalid("tags", "must hold at most " + AnnotationReader.MAX_BODIES + " tags");
        }
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            if (t == null || t.isBlank() || t.codePointCount(0, t.length()) > AnnotationReader.MAX_TAG) {
                v.add(Violation.field("tags[" + i + "]", "must be 1 to " + AnnotationReader.MAX_TAG + " characters"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return tags.stream().map(String::strip).distinct().toList();
    }

    private static UnitState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        UnitState s = UnitState.of(state.strip());
        if (s == null) {
            throw ProblemException.invalid("state", "must be agreed, disagreed, single or curated");
        }
        return s;
    }

    private static void mustCurate(Caller caller) {
        if (!caller.curator()) {
            throw AnnotationService.forbidden("only curators curate");
        }
    }
}
