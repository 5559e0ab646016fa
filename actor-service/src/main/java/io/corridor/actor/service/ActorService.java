package io.corridor.actor.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorName;
import io.corridor.actor.NameType;
import io.corridor.actor.api.Actor;
import io.corridor.actor.api.ActorDraft;
import io.corridor.actor.api.LocalizedName;
import io.corridor.actor.Backed;
import io.corridor.actor.mapping.ActorMapper;
import io.corridor.actor.mapping.EvidenceMapper;
import io.corridor.actor.mention.FoldedText;
import io.corridor.actor.repository.ActorNameRepository;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.support.concurrency.EntityTag;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.security.Roles;
import io.corridor.support.time.PartialDate;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;
    private final ActorNameRepository names;
    private final RelationRepository relations;
    private final PostRepository posts;
    private final Provenance provenance;

    public ActorService(ActorRepository actors, ActorNameRepository names, RelationRepository relations, PostRepository posts,
            Provenance provenance) {
        this.actors = actors;
        this.names = names;
        this.relations = relations;
        this.posts = posts;
        this.provenance = provenance;
    }

    @WithTransaction
    public Uni<Page<Actor>> list(ActorRepository.Filter filter, PageRequest request) {
        if (filter.q() != null && filter.key() == null) {
            return actors.countSearch(filter).flatMap(total -> actors.search(filter, request.page, request.size)
                    .flatMap(ids -> actors.byIds(ids).flatMap(found -> {
                        Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
                        return views(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
                    })).map(items -> new Page<>(items, request.page, request.size, total)));
        }
        return actors.count(filter).flatMap(total -> actors.list(filter, request.page, request.size)
                .flatMap(this::views).map(items -> new Page<>(items, request.page, request.size, total)));
    }

    /**
     * The entries named by id, in one read: a merged id stands for its survivor (listed once however
     * many ids name it), an unknown id for nothing. Paged as any listing, by name then id.
     */
    @WithTransaction
    public Uni<Page<Actor>> byIds(Set<Long> ids, PageRequest request) {
        return actors.countResolved(ids).flatMap(total -> actors.resolved(ids, request.page, request.size)
                .flatMap(this::views).map(items -> new Page<>(items, request.page, request.size, total)));
    }

    /** One entry; a merged one answers with {@link Moved}. With a date, its name is the one in use then. */
    @WithTransaction
    public Uni<Actor> get(long id, PartialDate at) {
        return live(id).flatMap(actor -> names.ofActors(List.of(actor.id)).flatMap(found -> provenance
                .of(Backed.ACTOR, List.of(actor.id))
                .map(ev -> ActorMapper.view(actor, found, EvidenceMapper.views(Backed.ACTOR, actor.id, ev), at))));
    }

    /** Curators register entries directly; annotators may only propose them. */
    @WithTransaction
    public Uni<Actor> register(ActorDraft draft, SecurityIdentity who) {
        checkDates(draft.start(), draft.end());
        checkBounds(draft.start(), draft.notBeforeDay(), draft.notAfterDay());
        checkNames(draft);
        Provenance.check(Backed.ACTOR, draft.evidenceOrEmpty());
        Uni<Void> keyFree = draft.key() == null ? Uni.createFrom().voidItem()
                : actors.byKey(draft.key()).invoke(existing -> {
                    if (existing != null) {
                        throw new ProblemException(409, "conflict", "Conflict", "key " + draft.key() + " is taken by actor "
                                + existing.id, List.of(Violation.field("key", draft.key(), "is already used")));
                    }
                }).replaceWithVoid();
        return keyFree.flatMap(ignored -> {
            ActorEntity actor = new ActorEntity();
            apply(actor, draft);
            actor.created(who.getPrincipal().getName(), who.hasRole(Roles.CURATOR));
            return actors.persistAndFlush(actor).flatMap(saved -> replaceNames(saved, draft))
                    .flatMap(saved -> provenance.replace(Backed.ACTOR, saved.id, draft.evidenceOrEmpty()).replaceWith(saved))
                    .flatMap(this::view);
        });
    }

    /** Replaces an entry's description and names; curators only, against the version read (If-Match). */
    @WithTransaction
    public Uni<Actor> replace(long id, ActorDraft draft, String ifMatch, SecurityIdentity who) {
        return live(id).flatMap(actor -> {
            EntityTag.require(ifMatch, actor.version);
            checkDates(draft.start(), draft.end());
            checkBounds(draft.start(), draft.notBeforeDay(), draft.notAfterDay());
            checkNames(draft);
            Provenance.check(Backed.ACTOR, draft.evidenceOrEmpty());
            Uni<Void> keyFree = draft.key() == null || draft.key().equals(actor.key) ? Uni.createFrom().voidItem()
                    : actors.byKey(draft.key()).invoke(existing -> {
                        if (existing != null) {
                            throw new ProblemException(409, "conflict", "Conflict", "key " + draft.key() + " is taken",
                                    List.of(Violation.field("key", draft.key(), "is already used")));
                        }
                    }).replaceWithVoid();
            return keyFree.flatMap(ignored -> {
                apply(actor, draft);
                actor.changed(who.getPrincipal().getName());
                return names.deleteOf(id).flatMap(deleted -> actors.flush()).flatMap(f -> replaceNames(actor, draft))
                        .flatMap(saved -> provenance.replace(Backed.ACTOR, id, draft.evidenceOrEmpty()).replaceWith(saved));
            });
        }).flatMap(this::view);
    }

    /** A curator accepts what an annotator proposed. */
    @WithTransaction
    public Uni<Actor> accept(long id, String ifMatch, SecurityIdentity who) {
        return live(id).flatMap(actor -> {
            EntityTag.requireIfSent(ifMatch, actor.version);
            actor.accept(who.getPrincipal().getName());
            return actors.flush().replaceWith(actor);
        }).flatMap(this::view);
    }

    /**
     * Merges {@code id} into {@code into}: its names become the survivor's aliases, its relations
     * become the survivor's (those between the two vanish), and its id redirects to the survivor.
     */
    @WithTransaction
    public Uni<Actor> merge(long id, Long into, String ifMatch, SecurityIdentity who) {
        if (into == null || into == id) {
            return Uni.createFrom().failure(ProblemException.unprocessable("an actor cannot be merged into itself",
                    List.of(Violation.field("into", String.valueOf(into), "must name another actor"))));
        }
        return live(id).flatMap(old -> {
            EntityTag.requireIfSent(ifMatch, old.version);
            return actors.findById(into).flatMap(survivor -> {
                if (survivor == null) {
                    throw ProblemException.unprocessable("no actor " + into,
                            List.of(Violation.field("into", String.valueOf(into), "names no actor")));
                }
                if (survivor.mergedInto != null) {
                    throw ProblemException.unprocessable("actor " + into + " was itself merged into " + survivor.mergedInto,
                            List.of(Violation.field("into", String.valueOf(into), "was merged into " + survivor.mergedInto)));
                }
                if (!survivor.family.equals(old.family)) {
                    throw ProblemException.unprocessable("an " + old.family + " cannot be merged into an " + survivor.family,
                            List.of(Violation.field("into", String.valueOf(into), "is of another family")));
                }
                return moveNames(old, survivor)
                        .flatMap(x -> relations.deleteBetween(old.id, survivor.id))
                        .flatMap(x -> relations.moveEnds(old.id, survivor.id))
                        .flatMap(x -> posts.moveOrganization(old.id, survivor.id))
                        .flatMap(x -> provenance.moveActor(old.id, survivor.id))
                        .flatMap(x -> actors.redirect(old.id, survivor.id))
                        .flatMap(x -> {
                            old.mergedInto = survivor.id;
                            old.changed(who.getPrincipal().getName());
                            survivor.changed(who.getPrincipal().getName());
                            return actors.bumpRevision();
                        })
                        .flatMap(x -> actors.flush()).replaceWith(survivor);
            });
        }).flatMap(this::view);
    }

    /** The entry, or a failure: 404 when unknown, {@link Moved} when merged. */
    public Uni<ActorEntity> live(long id) {
        return actors.findById(id).map(actor -> {
            if (actor == null) {
                throw ProblemException.notFound("no actor " + id);
            }
            if (actor.mergedInto != null) {
                throw new Moved(id, actor.mergedInto);
            }
            return actor;
        });
    }

    private Uni<Actor> view(ActorEntity actor) {
        return views(List.of(actor)).map(list -> list.get(0));
    }

    private Uni<List<Actor>> views(List<ActorEntity> list) {
        List<Long> ids = list.stream().map(a -> a.id).toList();
        return names.ofActors(ids).flatMap(found -> provenance.of(Backed.ACTOR, ids).map(ev -> list.stream()
                .map(a -> ActorMapper.view(a, found, EvidenceMapper.views(Backed.ACTOR, a.id, ev))).toList()));
    }

    private Uni<ActorEntity> moveNames(ActorEntity old, ActorEntity survivor) {
        return names.ofActors(List.of(old.id, survivor.id)).flatMap(all -> {
            Set<String> known = new HashSet<>();
            all.stream().filter(n -> n.actorId.equals(survivor.id)).forEach(n -> known.add(identity(n.type, n.name, n.language)));
            List<ActorName> moved = new ArrayList<>();
            for (ActorName n : all) {
                if (n.actorId.equals(old.id)) {
                    // the loser's preferred names live on as the survivor's aliases
                    NameType type = n.type.equals(NameType.ACRONYM.code()) ? NameType.ACRONYM : NameType.ALIAS;
                    if (known.add(identity(type.code(), n.name, null))) {
                        moved.add(new ActorName(survivor.id, type, n.name, null));
                    }
                }
            }
            return names.deleteOf(old.id).flatMap(d -> actors.flush())
                    .flatMap(f -> moved.isEmpty() ? Uni.createFrom().voidItem() : names.persist(moved))
                    .replaceWith(survivor);
        });
    }

    private Uni<ActorEntity> replaceNames(ActorEntity actor, ActorDraft draft) {
        Set<String> seen = new HashSet<>();
        List<ActorName> rows = new ArrayList<>();
        // dated names first: the display name listed again with a period keeps that period
        for (LocalizedName n : draft.namesOrEmpty()) {
            ActorName added = addName(rows, seen, actor.id, NameType.NAME, n.name(), n.language());
            if (added != null) {
                added.during(n.start(), n.end());
            }
        }
        addName(rows, seen, actor.id, NameType.NAME, draft.name(), draft.language());
        draft.aliasesOrEmpty().forEach(a -> addName(rows, seen, actor.id, NameType.ALIAS, a, null));
        draft.acronymsOrEmpty().forEach(a -> addName(rows, seen, actor.id, NameType.ACRONYM, a, null));
        return names.persist(rows).flatMap(x -> actors.bumpRevision()).replaceWith(actor);
    }

    /** Adds the name unless the actor has it already; answers the row added, or null. */
    private static ActorName addName(List<ActorName> rows, Set<String> seen, long actorId, NameType type, String name,
            String language) {
        String clean = name.strip().replaceAll("\\s+", " ");
        if (!seen.add(identity(type.code(), clean, language))) {
            return null;
        }
        ActorName row = new ActorName(actorId, type, clean, language);
        rows.add(row);
        return row;
    }

    private static String identity(String type, String name, String language) {
        return type + "|" + FoldedText.key(name, false) + "|" + (language == null ? "" : language);
    }

    private static void apply(ActorEntity actor, ActorDraft draft) {
        actor.kind = draft.kind();
        actor.family = draft.kind().family().code();
        actor.key = draft.key();
        actor.name = draft.name().strip().replaceAll("\\s+", " ");
        actor.language = draft.language();
        actor.country = draft.country();
        actor.description = blankToNull(draft.description());
        actor.span(draft.start(), draft.end());
        actor.notBefore = draft.notBeforeDay();
        actor.notAfter = draft.notAfterDay();
        actor.wikidata = draft.wikidata();
        actor.isni = draft.isni();
        actor.viaf = draft.viaf();
    }


    /** An end that lies wholly before the start is refused, naming the end. */
    static void checkDates(PartialDate start, PartialDate end) {
        if (start != null && end != null && end.end().isBefore(start.start())) {
            throw ProblemException.unprocessable("end " + end + " is before start " + start,
                    List.of(Violation.field("end", end.text(), "must not be before start " + start)));
        }
    }

    /** Each dated name's end not before its start, naming the name at fault. */
    private static void checkNames(ActorDraft draft) {
        for (int i = 0; i < draft.namesOrEmpty().size(); i++) {
            LocalizedName n = draft.namesOrEmpty().get(i);
            if (n.start() != null && n.end() != null && n.end().end().isBefore(n.start().start())) {
                throw ProblemException.unprocessable("name " + n.name() + " ends before it starts",
                        List.of(Violation.field("names[" + i + "].end", n.end().text(), "must not be before start " + n.start())));
            }
        }
    }

    /** Uncertainty bounds in order and around the start they bound, each refused naming itself. */
    static void checkBounds(PartialDate start, LocalDate notBefore, LocalDate notAfter) {
        if (notBefore != null && notAfter != null && notAfter.isBefore(notBefore)) {
            throw ProblemException.unprocessable("notAfter is before notBefore",
                    List.of(Violation.field("notAfter", notAfter.toString(), "must not be before notBefore")));
        }
        if (start != null && notBefore != null && notBefore.isAfter(start.end())) {
            throw ProblemException.unprocessable("notBefore is after the start",
                    List.of(Violation.field("notBefore", notBefore.toString(), "must not be after the start " + start)));
        }
        if (start != null && notAfter != null && notAfter.isBefore(start.start())) {
            throw ProblemException.unprocessable("notAfter is before the start",
                    List.of(Violation.field("notAfter", notAfter.toString(), "must not be before the start " + start)));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
