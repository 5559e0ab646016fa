package io.corridor.actor.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.Backed;
import io.corridor.actor.PostEntity;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.Relation;
import io.corridor.actor.api.RelationDraft;
import io.corridor.actor.api.TimelineEntry;
import io.corridor.actor.mapping.EvidenceMapper;
import io.corridor.actor.mapping.RelationMapper;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.repository.RelationRepository.Period;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RelationService {

    private final RelationRepository relations;
    private final Provenance provenance;
    private final ActorRepository actors;
    private final PostRepository posts;
    private final ActorService actorService;

    public RelationService(RelationRepository relations, Provenance provenance, ActorRepository actors, PostRepository posts,
            ActorService actorService) {
        this.relations = relations;
        this.provenance = provenance;
        this.actors = actors;
        this.posts = posts;
        this.actorService = actorService;
    }

    @WithTransaction
    public Uni<Page<Relation>> list(Period period, Predicate predicate, PageRequest request) {
        String code = predicate == null ? null : predicate.code();
        return relations.count(period, code).flatMap(total -> relations.page(period, code, request.page, request.size)
                .flatMap(this::views).map(items -> new Page<>(items, request.page, request.size, total)));
    }

    /** The relations of an actor, as subject or object, by start date. */
    @WithTransaction
    public Uni<List<Relation>> ofActor(long actorId, Period period, Predicate predicate) {
        return actorService.live(actorId)
                .flatMap(a -> relations.touching(List.of(actorId), period, predicate == null ? null : predicate.code()))
                .flatMap(this::views);
    }

    /** An actor's relations as timeline entries; a merged actor answers {@link Moved}, before anything else is read. */
    @WithTransaction
    public Uni<List<TimelineEntry>> timeline(long actorId) {
        return actorService.live(actorId).flatMap(a -> relations.touching(List.of(actorId), Period.ALWAYS, null))
                .flatMap(this::views)
                .map(list -> list.stream().map(TimelineEntry::of).toList());
    }

    @WithTransaction
    public Uni<Relation> get(long id) {
        return find(id).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Relation> record(RelationDraft draft, SecurityIdentity who) {
        return check(draft, null).flatMap(ok -> {
            RelationEntity r = new RelationEntity();
            apply(r, draft);
            r.created(who.getPrincipal().getName(), who.hasRole(Roles.CURATOR));
            return relations.persistAndFlush(r).flatMap(saved -> provenance.replace(Backed.RELATION, saved.id,
                    draft.evidenceOrEmpty()).replaceWith(saved));
        }).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Relation> replace(long id, RelationDraft draft, String ifMatch, SecurityIdentity who) {
        return Guarded.replace(find(id), ifMatch, who, r -> check(draft, r.id).invoke(ok -> apply(r, draft))
                .flatMap(ok -> provenance.replace(Backed.RELATION, id, draft.evidenceOrEmpty())).flatMap(x -> relations.flush()))
                .flatMap(this::view);
    }

    @WithTransaction
    public Uni<Relation> accept(long id, String ifMatch, SecurityIdentity who) {
        return Guarded.accept(find(id), ifMatch, who).flatMap(r -> relations.flush().replaceWith(r)).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(long id, String ifMatch) {
        return Guarded.delete(find(id), ifMatch, r -> provenance.deleteOf(Backed.RELATION, id).flatMap(x -> relations.delete(r)));
    }

    private Uni<RelationEntity> find(long id) {
        return relations.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("no relation " + id));
    }

    /** Both ends exist and are live, differ, dates are ordered, and part_of stays a hierarchy. */
    private Uni<Void> check(RelationDraft draft, Long relationId) {
        ActorService.checkDates(draft.start(), draft.end());
        ActorService.checkBounds(draft.start(), draft.notBeforeDay(), draft.notAfterDay());
        Provenance.check(Backed.RELATION, draft.evidenceOrEmpty());
        if (draft.onBehalfOf() != null && draft.onBehalfOf().equals(draft.subject())) {
            throw ProblemException.unprocessable("one cannot act on one's own behalf",
                    List.of(Violation.field("onBehalfOf", String.valueOf(draft.onBehalfOf()), "must differ from subject")));
        }
        if (draft.subject().equals(draft.object())) {
            throw ProblemException.unprocessable("an actor cannot be related to itself",
                    List.of(Violation.field("object", String.valueOf(draft.object()), "must differ from subject")));
        }
        return end("subject", draft.subject()).flatMap(s -> end("object", draft.object()))
                .flatMap(o -> draft.onBehalfOf() == null ? Uni.createFrom().item(o) : end("onBehalfOf", draft.onBehalfOf()).replaceWith(o))
                .flatMap(o -> heldPost(draft)).flatMap(o -> {
            if (draft.predicate() != Predicate.PART_OF) {
                return Uni.createFrom().voidItem();
            }
            return reachesByPartOf(Set.of(draft.object()), draft.subject(), relationId, new HashSet<>()).map(cycle -> {
                if (cycle) {
                    throw ProblemException.unprocessable("actor " + draft.object() + " is already part of actor "
                            + draft.subject() + ": part_of would form a cycle",
                            List.of(Violation.field("object", String.valueOf(draft.object()), "would make a part_of cycle")));
                }
                return null;
            });
        });
    }

    /** Walks part_of upwards from {@code from}: does it reach {@code target}? */
    private Uni<Boolean> reachesByPartOf(Set<Long> from, long target, Long excluded, Set<Long> seen) {
        if (from.contains(target)) {
            return Uni.createFrom().item(true);
        }
        seen.addAll(from);
        return relations.partOfParents(from, excluded).flatMap(parents -> {
            Set<Long> next = new HashSet<>(parents);
            next.removeAll(seen);
            return next.isEmpty() ? Uni.createFrom().item(false) : reachesByPartOf(next, target, excluded, seen);
        });
    }

    /** A post named must be one of the object's: the membership is in the organization the post belongs to. */
    private Uni<Void> heldPost(RelationDraft draft) {
        if (draft.post() == null) {
            return Uni.createFrom().voidItem();
        }
        return posts.findById(draft.post()).map(p -> {
            if (p == null) {
                throw ProblemException.unprocessable("no post " + draft.post(),
                        List.of(Violation.field("post", String.valueOf(draft.post()), "names no post")));
            }
            if (!p.organizationId.equals(draft.object())) {
                throw ProblemException.unprocessable("post " + p.id + " is in organization " + p.organizationId,
                        List.of(Violation.field("post", String.valueOf(draft.post()), "must be a post of the object "
                                + draft.object() + ", not of " + p.organizationId)));
            }
            return null;
        });
    }

    private Uni<ActorEntity> end(String field, long id) {
        return actors.findById(id).map(a -> {
            if (a == null) {
                throw ProblemException.unprocessable("no actor " + id,
                        List.of(Violation.field(field, String.valueOf(id), "names no actor")));
            }
            if (a.mergedInto != null) {
                throw ProblemException.unprocessable("actor " + id + " was merged into " + a.mergedInto,
                        List.of(Violation.field(field, String.valueOf(id), "was merged into " + a.mergedInto)));
            }
            return a;
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void apply(RelationEntity r, RelationDraft draft) {
        r.subjectId = draft.subject();
        r.predicate = draft.predicate().code();
        r.objectId = draft.object();
        r.role = blank(draft.role()) ? null : draft.role().strip();
        r.span(draft.start(), draft.end());
        r.confidence = draft.confidence() == null ? 1.0 : draft.confidence();
        r.postId = draft.post();
        r.onBehalfOf = draft.onBehalfOf();
        r.notBefore = draft.notBeforeDay();
        r.notAfter = draft.notAfterDay();
    }


    Uni<Relation> view(RelationEntity r) {
        return views(List.of(r)).map(list -> list.get(0));
    }

    Uni<List<Relation>> views(List<RelationEntity> list) {
        Set<Long> ends = new HashSet<>();
        Set<Long> held = new HashSet<>();
        list.forEach(r -> {
            r.addNamed(ends);
            if (r.postId != null) {
                held.add(r.postId);
            }
        });
        return actors.byIds(ends).flatMap(found -> posts.byIds(held).flatMap(postList -> {
            Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            Map<Long, PostEntity> postById = postList.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
            return provenance.of(Backed.RELATION, list.stream().map(r -> r.id).toList())
                    .map(ev -> list.stream().map(r -> RelationMapper.view(r, byId, postById,
                            EvidenceMapper.views(Backed.RELATION, r.id, ev))).toList());
        }));
    }
}
