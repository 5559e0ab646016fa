package io.corridor.document.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.corridor.document.live.AnnotationEvents;
import io.corridor.document.Authorship;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.AnnotationBody;
import io.corridor.document.AnnotationChange;
import io.corridor.document.AnnotationSpan;
import io.corridor.document.Document;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.TextualBody;
import io.corridor.document.Visibility;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.mapping.AnnotationWriter;
import io.corridor.document.repository.AnnotationChangeRepository;
import io.corridor.document.repository.AnnotationQueries;
import io.corridor.document.repository.AnnotationRepository;
import io.corridor.document.repository.CreatedAnnotations;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.MemberQueries;
import io.corridor.document.repository.VersionTexts;
import io.corridor.document.repository.WriteChecks;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The rules of collaborative annotation: selectors checked against the version's text, the one
 * visibility rule (an annotation a caller may not see is 404, like one that does not exist), only
 * the creator edits or deletes, curators set the status and moderate, every change If-Match
 * guarded and kept in the history, and every write recorded as a live event in its transaction.
 */
@ApplicationScoped
public class AnnotationService {

    public static final int MAX_REASON = 2_000;
    public static final int MAX_BULK = 1_000;
    /** Replies up a thread followed at most; a deeper one is not shown (AnnotationQueries follows as many). */
    public static final int MAX_THREAD_DEPTH = 100;

    private final AnnotationRepository annotations;
    private final AnnotationChangeRepository changes;
    private final DocumentRepository documents;
    private final VersionTexts texts;
    private final WriteChecks checks;
    private final CreatedAnnotations created;
    private final AnnotationQueries queries;
    private final AnnotationWriter writer;
    private final AnnotationEvents events;
    private final Workflow workflow;
    private final Notices notices;
    private final MemberQueries members;
    private final RequiredVocabulary vocabulary;

    public AnnotationService(AnnotationRepository annotations, AnnotationChangeRepository changes,
            DocumentRepository documents, VersionTexts texts, WriteChecks checks, CreatedAnnotations created,
            AnnotationQueries queries, AnnotationWriter writer, AnnotationEvents events, Workflow workflow, Notices notices,
            MemberQueries members, RequiredVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.events = events;
        this.checks = checks;
        this.notices = notices;
        this.members = members;
        this.workflow = workflow;
        this.annotations = annotations;
        this.changes = changes;
        this.documents = documents;
        this.texts = texts;
        this.created = created;
        this.queries = queries;
        this.writer = writer;
    }

    // ------------------------------------------------------------------------------------------
    // Reads
    // ------------------------------------------------------------------------------------------

    /** The annotation if the caller may see it; 404 otherwise. */
    @WithSession
    public Uni<Annotation> get(UUID id, Caller caller) {
        return visible(annotations.findById(id), id, caller, "id").invoke(a -> a.masked = masks(a, caller));
    }

    /** Whether this caller gets the annotation without its bodies: hidden, and neither its creator nor a curator. */
    public static boolean masks(Annotation a, Caller caller) {
        return masks(a.hidden(), a.creator, caller);
    }

    private static boolean masks(boolean hidden, String creator, Caller caller) {
        return hidden && !caller.curator() && !caller.name().equals(creator);
    }

    /** Every change of an annotation the caller may see, oldest first. */
    @WithSession
    public Uni<History> history(UUID id, Caller caller) {
        return get(id, caller).flatMap(a -> changes.of(id).map(list -> new History(list, a.masked)));
    }

    /** An annotation's changes, and whether the reader gets their snapshots without bodies (hidden from them). */
    public record History(List<AnnotationChange> changes, boolean masked) {
    }

    /** One page of the annotations the caller may see, oldest first, filtered. */
    public Uni<AnnotationQueries.Listing<Annotation>> list(AnnotationFilter filter, Caller caller, int page, int size) {
        return masked(queries.list(filter, caller, page, size), caller);
    }

    /** The same page with only what the container's compact form reads (AnnotationQueries.spans), masked as {@link #list}. */
    public Uni<AnnotationQueries.Listing<AnnotationSpan>> spans(AnnotationFilter filter, Caller caller, int page, int size) {
        return queries.spans(filter, caller, page, size).map(l -> new AnnotationQueries.Listing<>(
                l.items().stream().map(s -> masks(s.hidden(), s.creator(), caller) ? s.masked() : s).toList(), l.total()));
    }

    private static Uni<AnnotationQueries.Listing<Annotation>> masked(Uni<AnnotationQueries.Listing<Annotation>> listing,
            Caller caller) {
        return listing.invoke(l -> l.items().forEach(a -> {
            // detached rows: every consumer of the listing (container, exports, PDF) gets them without the bodies
            if (masks(a, caller)) {
                a.masked = true;
                a.body = "[]";
                a.tags = new String[0];
            }
        }));
    }

    /**
     * A person writes an annotation: accepted, or pending when one of their teams is pre-moderated and
     * they are not a curator (read with the document's checks, WriteChecks: no statement of its own).
     * <p>
     * The checks are reads, and read the same inside a transaction as outside it (read committed, nothing
     * locked); what is written then is one statement for a passage that mentions nobody (the annotation, its
     * history row and its event: atomic by itself, and its triggers' lock held to its end, which is its commit),
     * so it goes without the BEGIN and COMMIT round trips. A reply or a mention writes notifications too: those
     * writes share a transaction.
     */
    @WithSession
    public Uni<Annotation> createAs(AnnotationDraft draft, Caller caller) {
        Authorship by = Authorship.of(caller);
        Annotation a = annotation(draft, by, Annotation.ANNOTATORS);
        return vocabulary.check(draft.bodies(), caller.teams())
                .flatMap(x -> placed(a, draft, by, caller.curator() ? List.of() : caller.teams()))
                .flatMap(mentioned -> mentioned.isEmpty() && !a.reply() ? insert(a, by.creator())
                        : Panache.withTransaction(() -> write(a, by.creator(), mentioned)))
                .replaceWith(a);
    }

    /**
     * A curator hides an annotation they can see (its bodies then go to its creator and curators only)
     * or shows it again; the reason goes to the history. No If-Match: the decision is on the annotation
     * whatever its latest wording.
     */
    @WithTransaction
    public Uni<Annotation> setHidden(UUID id, boolean hidden, String reason, Caller caller) {
        checkReason(reason);
        if (!caller.curator()) {
            throw forbidden("only curators may hide or show annotations");
        }
        return forChange(id, caller, "id").flatMap(a -> {
            if (hidden == a.hidden()) {
                return Uni.createFrom().item(a);
            }
            return hide(a, hidden, reason, caller.name()).replaceWith(a);
        });
    }

    private Uni<Void> hide(Annotation a, boolean hidden, String reason, String actor) {
        String before = writer.json(a);
        touch(a);
        a.hiddenAt = hidden ? a.modifiedAt : null;
        a.hiddenBy = hidden ? actor : null;
        a.hiddenReason = hidden ? reason : null;
        return record(a, hidden ? AnnotationChange.HIDDEN : AnnotationChange.UNHIDDEN, actor, reason, before,
                AnnotationEvents.UPDATED);
    }

    /** A history row that changes nothing in the annotation (a flag): same revision, no live event. */
    public Uni<Void> note(Annotation a, String action, String actor, String reason) {
        AnnotationChange change = new AnnotationChange();
        change.annotationId = a.id;
        change.revision = a.revision;
        change.action = action;
        change.actor = actor;
        change.at = now();
        change.reason = reason;
        return changes.persist(change).replaceWithVoid();
    }

    // ------------------------------------------------------------------------------------------
    // Writes by people (and by agents: imports, the suggester)
    // ------------------------------------------------------------------------------------------

    /**
     * Stores a new annotation: a passage anchored in the version's text (the latest by default),
     * or a reply to an annotation the author may see. Other services' code (imports, suggestions)
     * calls it too, inside its own transaction if it has one: a refused draft is a
     * {@link ProblemException} naming the field, and nothing is stored.
     */
    @WithTransaction
    public Uni<Annotation> create(AnnotationDraft draft, Authorship by) {
        return create(draft, by, Annotation.ANNOTATORS);
    }

    /**
     * Stores an annotation of a layer: {@link Annotation#CURATED} for a curator's merge of annotators' versions
     * (Curation), checked, anchored, recorded and published as any {@link #create}d one. Call inside a transaction.
     */
    public Uni<Annotation> create(AnnotationDraft draft, Authorship by, String layer) {
        Annotation a = annotation(draft, by, layer);
        return placed(a, draft, by, List.of()).flatMap(mentioned -> write(a, by.creator(), mentioned)).replaceWith(a);
    }

    /** A new annotation of the draft, before it is placed. */
    private Annotation annotation(AnnotationDraft draft, Authorship by, String layer) {
        OffsetDateTime now = now();
        Annotation a = new Annotation();
        a.id = UUID.randomUUID();
        a.layer = layer;
        a.motivation = draft.motivation().value();
        a.creator = by.creator();
        a.teams = by.teams().toArray(String[]::new);
        a.visibility = (draft.visibility() == null ? Visibility.TEAM : draft.visibility()).value();
        a.status = by.status();
        a.anchorState = Annotation.ANCHORED;
        a.generator = by.generator();
        a.revision = 0;
        a.createdAt = now;
        a.modifiedAt = now;
        a.canonical = draft.canonical();
        a.via = draft.via();
        setBodies(a, draft.bodies());
        return a;
    }

    /**
     * The new annotation placed (its document checked, anchored), pending when one of {@code moderatedTeams} is
     * pre-moderated, its mentions checked; answers who is mentioned.
     */
    private Uni<Set<String>> placed(Annotation a, AnnotationDraft draft, Authorship by, List<String> moderatedTeams) {
        Caller author = new Caller(by.creator(), false, false, by.teams());
        return place(a, draft.target(), author, draft.visibility() != null, moderatedTeams)
                .flatMap(checked -> {
                    Workflow.requireOpen(a.documentId, a.creator, checked.frozen());
                    if (checked.premoderated()) {
                        // before the mentions: who may be mentioned depends on it (a pending annotation is its creator's)
                        a.status = Annotation.PENDING;
                    }
                    return mention(a, draft.bodies(), Set.of());
                });
    }

    /** A placed annotation's rows, and the notifications of those it concerns (call inside a transaction). */
    private Uni<Void> write(Annotation a, String actor, Set<String> mentioned) {
        return insert(a, actor).flatMap(x -> told(a)).flatMap(x -> notices.mentioned(a, mentioned));
    }

    /** Replaces an annotation's motivation, bodies, target and visibility (creator only, If-Match). */
    @WithTransaction
    public Uni<Annotation> update(UUID id, String ifMatch, AnnotationDraft draft, Caller caller) {
        return forChange(id, caller, "id").flatMap(a -> {
            if (!caller.name().equals(a.creator)) {
                throw forbidden("only the creator of an annotation may edit it");
            }
            EntityTag.require(ifMatch, a.revision);
            return workflow.requireOpen(a.documentId, a.creator).flatMap(x -> vocabulary.check(draft.bodies(), caller.teams()))
                    .replaceWith(a);
        }).flatMap(a -> {
            String before = writer.json(a);
            Set<String> mentionedBefore = Mentions.stored(writer.parse(a.body), writer.iris().publicUrl());
            checkSameTarget(a, draft.target());
            a.motivation = draft.motivation().value();
            if (draft.visibility() != null) {
                a.visibility = draft.visibility().value();
            }
            a.teams = caller.teams().toArray(String[]::new);
            a.canonical = draft.canonical();
            a.via = draft.via();
            setBodies(a, draft.bodies());
            return place(a, draft.target(), caller, draft.visibility() != null, List.of())
                    .flatMap(placed -> mention(a, draft.bodies(), mentionedBefore)).flatMap(mentioned -> {
                        touch(a);
                        return record(a, AnnotationChange.UPDATED, caller.name(), null, before, AnnotationEvents.UPDATED)
                                .flatMap(x -> notices.mentioned(a, mentioned));
                    }).replaceWith(a);
        });
    }

    /**
     * Soft-deletes an annotation (If-Match): its creator may, and so may a curator who can see
     * it (moderation, with an optional reason kept in the history). It answers 404 from then on.
     */
    @WithTransaction
    public Uni<Void> delete(UUID id, String ifMatch, String reason, Caller caller) {
        checkReason(reason);
        return forChange(id, caller, "id").flatMap(a -> {
            boolean own = caller.name().equals(a.creator);
            if (!own && !caller.curator()) {
                throw forbidden("only the creator of an annotation, or a curator, may delete it");
            }
            EntityTag.require(ifMatch, a.revision);
            // a curator's moderation is not the creator's edit: only the creator's own writes are frozen
            return (own ? workflow.requireOpen(a.documentId, a.creator) : Uni.createFrom().voidItem()).replaceWith(a);
        }).flatMap(a -> {
            String before = writer.json(a);
            touch(a);
            a.deletedAt = a.modifiedAt;
            a.deletedBy = caller.name();
            a.deleteReason = reason;
            return record(a, AnnotationChange.DELETED, caller.name(), reason, before, AnnotationEvents.DELETED);
        }).replaceWithVoid();
    }

    /** A curator sets the status of an annotation they can see (If-Match); the reason goes to the history. */
    @WithTransaction
    public Uni<Annotation> setStatus(UUID id, String ifMatch, String status, String reason, Caller caller) {
        checkStatus(status, "status");
        checkReason(reason);
        return forChange(id, caller, "id").flatMap(a -> {
            mustCurate(caller);
            EntityTag.require(ifMatch, a.revision);
            return changeStatus(a, status, reason, caller).replaceWith(a);
        });
    }

    /**
     * A curator sets the status of many annotations at once (the suggester's proposals): all or
     * nothing, 404 naming the first id the curator may not see. Answers how many changed.
     */
    @WithTransaction
    public Uni<Integer> setStatuses(List<UUID> ids, String status, Caller caller) {
        mustCurate(caller);
        checkStatus(status, "status");
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.invalid("ids", "must name at least one annotation");
        }
        if (ids.size() > MAX_BULK) {
            throw ProblemException.invalid("ids", "must name at most " + MAX_BULK + " annotations");
        }
        List<UUID> unique = List.copyOf(new LinkedHashSet<>(ids));
        return annotations.find("id in ?1", unique).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .flatMap(found -> seenOf(found, caller).flatMap(seen -> liveDocuments(found).map(live -> {
                    Map<UUID, Annotation> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                    List<Annotation> changing = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        Annotation a = byId.get(ids.get(i));
                        if (a == null || !seen.contains(a.id) || !live.contains(a.documentId)) {
                            throw notFound("ids[" + i + "]", "no annotation " + ids.get(i));
                        }
                        if (!status.equals(a.status) && !changing.contains(a)) {
                            changing.add(a);
                        }
                    }
                    // Each event takes its document's advisory lock until commit: written in document
                    // order, two bulk changes over the same documents queue instead of deadlocking.
                    changing.sort(Comparator.comparingLong((Annotation a) -> a.documentId).thenComparing(a -> a.id));
                    return changing;
                })))
                .flatMap(changing -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Annotation a : changing) {
                        chain = chain.flatMap(x -> changeStatus(a, status, null, caller));
                    }
                    return chain.replaceWith(changing.size());
                });
    }

    // ------------------------------------------------------------------------------------------
    // Writes by re-anchoring (a new version of the document): call inside a transaction
    // ------------------------------------------------------------------------------------------

    /** The live passage annotations of a document (not replies, whoever may see them), oldest first. */
    @WithSession
    public Uni<List<Annotation>> passagesOf(long documentId) {
        return annotations.passagesOf(documentId);
    }

    /**
     * Moves a passage annotation to version {@code version} at these selectors, anchored. Records a
     * {@code reanchored} history row by {@code actor} and an {@code updated} event. The annotation
     * must be managed by the current session (as {@link #passagesOf} returns it).
     */
    public Uni<Annotation> reanchor(Annotation a, int version, TextQuoteSelector quote, TextPositionSelector position,
            String actor) {
        String before = writer.json(a);
        a.version = version;
        a.exact = quote.exact();
        a.prefix = quote.prefix();
        a.suffix = quote.suffix();
        a.startPos = position.start();
        a.endPos = position.end();
        a.anchorState = Annotation.ANCHORED;
        a.target = writer.targetJson(a);
        touch(a);
        return record(a, AnnotationChange.REANCHORED, actor, null, before, AnnotationEvents.UPDATED).replaceWith(a);
    }

    /**
     * Flags a passage annotation orphaned: its quote was not found in the new version. It keeps
     * its selectors, which still point into the version it was anchored in.
     */
    public Uni<Annotation> orphan(Annotation a, String actor) {
        if (Annotation.ORPHANED.equals(a.anchorState)) {
            return Uni.createFrom().item(a);
        }
        String before = writer.json(a);
        a.anchorState = Annotation.ORPHANED;
        touch(a);
        return record(a, AnnotationChange.REANCHORED, actor, null, before, AnnotationEvents.UPDATED).replaceWith(a);
    }

    /**
     * Stores an imported annotation whose quote is nowhere in the text of {@code version}:
     * orphaned from the start, its quote as imported and its position clipped to the text (a
     * hint, not a claim), with the same history row and live event as {@link #create}. The
     * draft's target only says which document; call inside a transaction (AnnotationImports).
     */
    public Uni<Annotation> createOrphan(AnnotationDraft draft, Authorship by, long documentId, int version,
            TextQuoteSelector quote, TextPositionSelector position) {
        OffsetDateTime now = now();
        Annotation a = new Annotation();
        a.id = UUID.randomUUID();
        a.documentId = documentId;
        a.version = version;
        a.motivation = draft.motivation().value();
        a.creator = by.creator();
        a.teams = by.teams().toArray(String[]::new);
        a.visibility = (draft.visibility() == null ? Visibility.TEAM : draft.visibility()).value();
        a.status = by.status();
        a.anchorState = Annotation.ORPHANED;
        a.generator = by.generator();
        a.revision = 0;
        a.createdAt = now;
        a.modifiedAt = now;
        a.canonical = draft.canonical();
        a.via = draft.via();
        setBodies(a, draft.bodies());
        a.exact = quote.exact();
        a.prefix = quote.prefix() == null ? "" : quote.prefix();
        a.suffix = quote.suffix() == null ? "" : quote.suffix();
        a.startPos = position.start();
        a.endPos = position.end();
        a.target = writer.targetJson(a);
        return insert(a, by.creator()).replaceWith(a);
    }

    // ------------------------------------------------------------------------------------------

    /**
     * Fills the document, version and selectors of a passage, or the parent of a reply. A reply is
     * never visible to more people than its parent: a wider visibility the author chose is a 422,
     * one left to the default becomes the parent's. Answers the checks of the annotation's document,
     * {@code moderatedTeams}' pre-moderation included.
     */
    private Uni<WriteChecks.Checked> place(Annotation a, AnnotationDraft.Target target, Caller author,
            boolean visibilityChosen, List<String> moderatedTeams) {
        return switch (target) {
            case AnnotationDraft.Passage p -> anchor(p, "target", author.name(), moderatedTeams).map(placed -> {
                a.documentId = placed.documentId();
                a.version = placed.version();
                a.replyTo = null;
                a.exact = placed.anchored().quote().exact();
                a.prefix = placed.anchored().quote().prefix();
                a.suffix = placed.anchored().quote().suffix();
                a.startPos = placed.anchored().position().start();
                a.endPos = placed.anchored().position().end();
                a.anchorState = Annotation.ANCHORED;
                a.target = writer.targetJson(a);
                a.linkTargets = null;
                a.linkedDocuments = new Long[0];
                return placed.checked();
            });
            case AnnotationDraft.Linked l -> place(a, l.first(), author, visibilityChosen, moderatedTeams)
                    .flatMap(checked -> linkOthers(a, l, author.name()).replaceWith(checked));
            case AnnotationDraft.Reply r -> annotations.findById(r.parent()).flatMap(parent -> threadVisible(parent, author)
                    .flatMap(seen -> {
                if (!seen) {
                    throw notFound("target", "no annotation " + r.parent());
                }
                if (a.visibilityRule().widerThan(parent.visibilityRule())) {
                    if (visibilityChosen) {
                        throw ProblemException.unprocessable("visibility " + a.visibility + " is wider than the "
                                + parent.visibility + " annotation this replies to", List.of(Violation.field("visibility",
                                        a.visibility, "must not be wider than its parent's (" + parent.visibility + ")")));
                    }
                    a.visibility = parent.visibility;
                }
                return checks.of(parent.documentId, author.name(), moderatedTeams).map(checked -> {
                    if (!checked.live()) {
                        throw notFound("target", "no annotation " + r.parent());
                    }
                    a.documentId = parent.documentId;
                    a.version = null;
                    a.replyTo = parent.id;
                    a.exact = null;
                    a.prefix = null;
                    a.suffix = null;
                    a.startPos = null;
                    a.endPos = null;
                    a.target = "\"" + AnnotationIris.path(parent.id) + "\"";
                    return checked;
                });
            }));
        };
    }

    /**
     * A passage anchored in its version's text (the latest by default); faults name {@code at} (target, target[1]).
     * The document's checks are those of a write by {@code creator}, pre-moderated if one of {@code moderatedTeams} is.
     */
    private Uni<PlacedPassage> anchor(AnnotationDraft.Passage p, String at, String creator, List<String> moderatedTeams) {
        long documentId = p.documentId();
        return checks.of(documentId, creator, moderatedTeams).flatMap(d -> {
            if (!d.live()) {
                throw notFound(at + ".source", "no document " + documentId);
            }
            int n = p.version() == null ? d.latestVersion() : p.version();
            return texts.of(documentId, n).map(text -> {
                if (text == null) {
                    throw ProblemException.invalid(at + ".version",
                            "names no version of document " + documentId + " (it has " + d.latestVersion() + ")");
                }
                return new PlacedPassage(documentId, n, SelectorCheck.anchor(text, n, p), d);
            });
        });
    }

    private record PlacedPassage(long documentId, int version, SelectorCheck.Anchored anchored, WriteChecks.Checked checked) {
    }

    /** The passages of a relation after its first, anchored one after the other and kept beside it. */
    private Uni<Void> linkOthers(Annotation a, AnnotationDraft.Linked l, String creator) {
        com.fasterxml.jackson.databind.node.ArrayNode others = writer.object().arrayNode();
        Set<Long> linked = new LinkedHashSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 1; i < l.passages().size(); i++) {
            AnnotationDraft.Passage p = l.passages().get(i);
            String at = "target[" + i + "]";
            chain = chain.flatMap(x -> anchor(p, at, creator, List.of())).invoke(placed -> {
                others.add(writer.passageTarget(placed.documentId(), placed.version(), placed.anchored().quote().exact(),
                        placed.anchored().quote().prefix(), placed.anchored().quote().suffix(),
                        placed.anchored().position().start(), placed.anchored().position().end()));
                if (placed.documentId() != a.documentId) {
                    linked.add(placed.documentId());
                }
            }).replaceWithVoid();
        }
        return chain.invoke(() -> {
            a.linkTargets = others.toString();
            a.linkedDocuments = linked.toArray(Long[]::new);
        });
    }

    private static void checkSameTarget(Annotation a, AnnotationDraft.Target target) {
        switch (target) {
            case AnnotationDraft.Linked l -> checkSameTarget(a, l.first());
            case AnnotationDraft.Passage p -> {
                if (a.reply()) {
                    throw ProblemException.invalid("target", "of a reply stays the annotation it answers");
                }
                if (p.documentId() != a.documentId) {
                    throw ProblemException.invalid("target.source", "cannot move to another document");
                }
            }
            case AnnotationDraft.Reply r -> {
                if (!r.parent().equals(a.replyTo)) {
                    throw ProblemException.invalid("target", "of a reply stays the annotation it answers");
                }
            }
        }
    }

    private void setBodies(Annotation a, List<AnnotationBody> bodies) {
        Set<String> tags = new LinkedHashSet<>();
        Set<Long> actors = new LinkedHashSet<>();
        Set<String> concepts = new LinkedHashSet<>();
        for (AnnotationBody body : bodies) {
            if (body instanceof TextualBody t && "tagging".equals(t.purpose())) {
                tags.add(t.value().toLowerCase(Locale.ROOT));
            }
            if (body instanceof SpecificResource s && s.actorId() != null) {
                actors.add(s.actorId());
            }
            if (body instanceof SpecificResource s && s.actorId() == null && !s.source().contains(Mentions.MEMBERS_PATH)
                    && ("tagging".equals(s.purpose()) || "classifying".equals(s.purpose()))) {
                concepts.add(s.source());
            }
        }
        a.concepts = concepts.toArray(String[]::new);
        a.tags = tags.toArray(String[]::new);
        a.actorIds = actors.toArray(Long[]::new);
        a.body = writer.bodiesJson(bodies);
    }

    /**
     * Turns the @mentions of the bodies into member bodies (see {@link Mentions}) once every mentioned user
     * is a known member who may see the annotation as placed; else 422 naming each of them, and nothing is
     * stored. Answers who is mentioned now and was not {@code before} (whom to notify).
     */
    private Uni<Set<String>> mention(Annotation a, List<AnnotationBody> bodies, Set<String> before) {
        Set<String> names = Mentions.in(bodies);
        String base = writer.iris().publicUrl();
        if (names.isEmpty()) {
            setBodies(a, Mentions.withMentions(bodies, names, base));
            return Uni.createFrom().item(Set.of());
        }
        return members.find(names).flatMap(found -> {
            // in the order of the text, checked one after the other (one session)
            List<Violation> refused = new ArrayList<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String name : names) {
                io.corridor.document.Member m = found.get(name);
                chain = chain.flatMap(x -> m == null ? Uni.createFrom().item(false) : mayMention(a, m.asCaller()))
                        .invoke(ok -> {
                            if (!ok) {
                                refused.add(Violation.field("body", name, m == null ? "@" + name + " is no known member "
                                        + "(members are known once they have signed in)" : "@" + name + " may not see this annotation"));
                            }
                        }).replaceWithVoid();
            }
            return chain.map(x -> {
                if (!refused.isEmpty()) {
                    throw ProblemException.unprocessable("these mentioned users may not see the annotation or are unknown: "
                            + refused.stream().map(Violation::value).map(String::valueOf).collect(Collectors.joining(", ")),
                            refused);
                }
                setBodies(a, Mentions.withMentions(bodies, names, base));
                Set<String> added = new LinkedHashSet<>(names);
                added.removeAll(before);
                return added;
            });
        });
    }

    /** Whether a member may see the annotation being written: its own rule, and for a reply its thread's. */
    private Uni<Boolean> mayMention(Annotation a, Caller member) {
        if (!visible(a, member)) {
            return Uni.createFrom().item(false);
        }
        if (!a.reply()) {
            return Uni.createFrom().item(true);
        }
        return annotations.findById(a.replyTo).flatMap(parent -> threadVisible(parent, member));
    }

    /** Who a new annotation concerns besides its readers: the creator of the annotation it answers. */
    private Uni<Void> told(Annotation a) {
        if (!a.reply()) {
            return Uni.createFrom().voidItem();
        }
        return annotations.findById(a.replyTo).flatMap(parent -> parent == null ? Uni.createFrom().voidItem()
                : notices.replied(a, parent));
    }

    private Uni<Void> changeStatus(Annotation a, String status, String reason, Caller caller) {
        if (status.equals(a.status)) {
            return Uni.createFrom().voidItem();
        }
        String before = writer.json(a);
        boolean refusedWhilePending = a.pending() && Annotation.REJECTED.equals(status);
        a.status = status;
        touch(a);
        if (refusedWhilePending) {
            // pre-moderation refused it: the team never saw it, and gets it as hidden, never its words
            a.hiddenAt = a.modifiedAt;
            a.hiddenBy = caller.name();
            a.hiddenReason = reason == null ? "rejected in pre-moderation" : reason;
        }
        return record(a, AnnotationChange.STATUS, caller.name(), reason, before, AnnotationEvents.UPDATED)
                .flatMap(x -> notices.status(a, status, caller.name()));
    }

    /** The next revision and modification time of a changed annotation. */
    private static void touch(Annotation a) {
        a.revision++;
        a.modifiedAt = now();
    }

    /** One history row for a change just made, and its live event, in the same transaction. */
    private Uni<Void> record(Annotation a, String action, String actor, String reason, String before, String event) {
        AnnotationChange change = change(a, action, actor, reason, before);
        String payload = payload(a, change);
        return changes.persist(change).flatMap(x -> thread(a, new ArrayList<>())).flatMap(up -> publish(event, a, up, payload));
    }

    /** A new annotation with its created history row and live event, as {@link #record} writes them, in one statement. */
    private Uni<Void> insert(Annotation a, String actor) {
        AnnotationChange change = change(a, AnnotationChange.CREATED, actor, null, null);
        String payload = payload(a, change);
        return thread(a, new ArrayList<>()).flatMap(up -> created.store(a, change,
                events.event(AnnotationEvents.CREATED, a, up, payload)));
    }

    private AnnotationChange change(Annotation a, String action, String actor, String reason, String before) {
        AnnotationChange change = new AnnotationChange();
        change.annotationId = a.id;
        change.revision = a.revision;
        change.action = action;
        change.actor = actor;
        change.at = a.modifiedAt;
        change.reason = reason;
        change.before = before;
        change.after = a.deleted() ? null : writer.json(a);
        return change;
    }

    /** What live subscribers get of a write: the annotation, masked when hidden; {"id"} when deleted. */
    private String payload(Annotation a, AnnotationChange change) {
        return a.deleted() ? writer.object().put("id", writer.iris().iri(a.id)).toString()
                : a.hidden() ? masked(a) : change.after;
    }

    /** A hidden annotation as every subscriber gets it live (creator and curators read the bodies with a GET). */
    private String masked(Annotation a) {
        a.masked = true;
        try {
            return writer.json(a);
        } finally {
            a.masked = false;
        }
    }

    /** The live event of a write, stored and notified in the write's own transaction. */
    private Uni<Void> publish(String type, Annotation a, List<Annotation> thread, String json) {
        return events.record(type, a, thread, json);
    }

    /** The annotations up a reply's thread, parent first (at most MAX_THREAD_DEPTH); none for a passage. */
    private Uni<List<Annotation>> thread(Annotation a, List<Annotation> up) {
        if (!a.reply() || up.size() >= MAX_THREAD_DEPTH) {
            return Uni.createFrom().item(up);
        }
        return annotations.findById(a.replyTo).flatMap(parent -> {
            if (parent == null) {
                return Uni.createFrom().item(up);
            }
            up.add(parent);
            return thread(parent, up);
        });
    }

    /** The annotation, locked for the change, if the caller may see it and its document is live. */
    private Uni<Annotation> forChange(UUID id, Caller caller, String field) {
        return visible(annotations.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller, field);
    }

    private Uni<Annotation> visible(Uni<Annotation> found, UUID id, Caller caller, String field) {
        return found.flatMap(a -> threadVisible(a, caller).flatMap(seen -> {
            if (!seen) {
                throw notFound(field, "no annotation " + id);
            }
            return documents.findLive(a.documentId).map(d -> {
                if (d == null) {
                    throw notFound(field, "no annotation " + id);
                }
                return a;
            });
        }));
    }

    /**
     * The one visibility rule: live, and allowed by its visibility to this caller. For a passage
     * annotation that is all; a reply also needs every annotation up its thread to be visible
     * ({@link #threadVisible}), as the listings' SQL does (AnnotationQueries.VISIBLE).
     */
    public static boolean visible(Annotation a, Caller caller) {
        return a != null && !a.deleted() && a.visibilityRule().allows(caller, a.creator, a.teamList())
                && (!a.pending() || caller.curator() || caller.name().equals(a.creator));
    }

    /**
     * Visible, and so is its parent, and the parent's parent...: a reply never shows more than the
     * caller may see of its thread (not even that its parent exists).
     */
    public Uni<Boolean> threadVisible(Annotation a, Caller caller) {
        return threadVisible(a, caller, 0);
    }

    private Uni<Boolean> threadVisible(Annotation a, Caller caller, int depth) {
        if (!visible(a, caller)) {
            return Uni.createFrom().item(false);
        }
        if (!a.reply()) {
            return Uni.createFrom().item(true);
        }
        if (depth >= MAX_THREAD_DEPTH) {
            return Uni.createFrom().item(false);
        }
        return annotations.findById(a.replyTo).flatMap(parent -> threadVisible(parent, caller, depth + 1));
    }

    /** The ids of those the caller may see, threads included, checked one after the other (one session). */
    private Uni<Set<UUID>> seenOf(List<Annotation> found, Caller caller) {
        Set<UUID> seen = new java.util.HashSet<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Annotation a : found) {
            chain = chain.flatMap(x -> threadVisible(a, caller).invoke(ok -> {
                if (ok) {
                    seen.add(a.id);
                }
            })).replaceWithVoid();
        }
        return chain.replaceWith(seen);
    }

    private Uni<Set<Long>> liveDocuments(List<Annotation> found) {
        Set<Long> ids = found.stream().map(a -> a.documentId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return documents.list("id in ?1 and deletedAt is null", ids)
                .map(list -> list.stream().map((Document d) -> d.id).collect(Collectors.toSet()));
    }

    private static void mustCurate(Caller caller) {
        if (!caller.curator()) {
            throw forbidden("only curators may set the status of annotations");
        }
    }

    private static void checkStatus(String status, String field) {
        if (status == null || !Annotation.STATUSES.contains(status)) {
            throw ProblemException.invalid(field, "must be proposed, accepted or rejected");
        }
    }

    private static void checkReason(String reason) {
        if (reason != null && reason.codePointCount(0, reason.length()) > MAX_REASON) {
            throw ProblemException.invalid("reason", "must be at most " + MAX_REASON + " characters");
        }
    }

    private static OffsetDateTime now() {
        // PostgreSQL keeps microseconds: what is answered now is what is read later
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    static ProblemException notFound(String field, String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of(Violation.field(field, detail)));
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }
}
