package io.corridor.actor.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.api.Relation;
import io.corridor.actor.api.RelationDraft;
import io.corridor.actor.api.TimelineEntry;
import io.corridor.actor.mapping.RelationMapper;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.EvidenceRepository;
import io.corridor.actor.repository.RelationRepository.Period;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.support.concurrency.EntityTag;
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
    private final EvidenceRepository evidence;
    private final ActorRepository actors;
    private final ActorService actorService;

    public RelationService(RelationRepository relations, EvidenceRepository evidence, ActorRepository actors,
            ActorService actorService) {
        this.relations = relations;
        this.evidence = evidence;
        this.actors = actors;
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
            return relations.persistAndFlush(r).flatMap(saved -> replaceEvidence(saved, draft));
        }).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Relation> replace(long id, RelationDraft draft, String ifMatch, SecurityIdentity who) {
        return find(id).flatMap(r -> {
            EntityTag.require(ifMatch, r.version);
            return check(draft, r.id).flatMap(ok -> {
                apply(r, draft);
                r.changed(who.getPrincipal().getName());
                return evidence.deleteOf(r.id).flatMap(x -> replaceEvidence(r, draft));
            });
        }).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Relation> accept(long id, String ifMatch, SecurityIdentity who) {
        return find(id).flatMap(r -> {
            EntityTag.requireIfSent(ifMatch, r.version);
            r.accept(who.getPrincipal().getName());
            return relations.flush().replaceWith(r);
        }).flatMap(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(long id, String ifMatch) {
        return find(id).flatMap(r -> {
            EntityTag.require(ifMatch, r.version);
            return evidence.deleteOf(id).flatMap(x -> relations.delete(r));
        });
    }

    private Uni<RelationEntity> find(long id) {
        return relations.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("no relation " + id));
    }

    /** Both ends exist and are live, differ, dates are ordered, and part_of stays a hierarchy. */
    private Uni<Void> check(RelationDraft draft, Long relationId) {
        ActorService.checkDates(draft.start(), draft.end());
        if (draft.subject().equals(draft.object())) {
            throw ProblemException.unprocessable("an actor cannot be related to itself",
                    List.of(Violation.field("object", String.valueOf(draft.object()), "must differ from subject")));
        }
        return end("subject", draft.subject()).flatMap(s -> end("object", draft.object())).flatMap(o -> {
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

    private Uni<RelationEntity> replaceEvidence(RelationEntity r, RelationDraft draft) {
        List<EvidenceEntity> rows = new ArrayList<>();
        int i = 0;
        for (Evidence item : draft.evidenceOrEmpty()) {
            if (blank(item.annotation()) && blank(item.quote())) {
                throw ProblemException.invalid("evidence[" + i + "]", "needs an annotation or a quote");
            }
            EvidenceEntity e = new EvidenceEntity();
            e.relationId = r.id;
            e.annotation = blank(item.annotation()) ? null : item.annotation().strip();
            e.document = blank(item.document()) ? null : item.document().strip();
            e.quote = blank(item.quote()) ? null : item.quote().strip();
            rows.add(e);
            i++;
        }
        Uni<Void> saved = rows.isEmpty() ? Uni.createFrom().voidItem() : evidence.persist(rows);
        return saved.flatMap(x -> relations.flush()).replaceWith(r);
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
    }


    Uni<Relation> view(RelationEntity r) {
        return views(List.of(r)).map(list -> list.get(0));
    }

    Uni<List<Relation>> views(List<RelationEntity> list) {
        Set<Long> ends = new HashSet<>();
        list.forEach(r -> {
            ends.add(r.subjectId);
            ends.add(r.objectId);
        });
        return actors.byIds(ends).flatMap(found -> {
            Map<Long, ActorEntity> byId = found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            return evidence.ofRelations(list.stream().map(r -> r.id).toList())
                    .map(ev -> list.stream().map(r -> RelationMapper.view(r, byId, ev)).toList());
        });
    }
}
