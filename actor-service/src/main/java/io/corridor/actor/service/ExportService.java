package io.corridor.actor.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.Backed;
import io.corridor.actor.EventEntity;
import io.corridor.actor.Family;
import io.corridor.actor.mapping.Registry;
import io.corridor.actor.repository.ActorNameRepository;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.EventRepository;
import io.corridor.actor.repository.ParticipantRepository;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Reads the registry page by page for the Popolo and FollowTheMoney exports: a page of live actors (by name, as the
 * listing) with what hangs on them, events included. Instruments are left out: neither format has a class for a
 * policy instrument. The reads run one after another: a reactive session runs one statement at a time.
 */
@ApplicationScoped
public class ExportService {

    private static final ActorRepository.Filter ACTORS = new ActorRepository.Filter(null, null, null, Family.ACTOR.code(), null, null);

    private final ActorRepository actors;
    private final ActorNameRepository names;
    private final RelationRepository relations;
    private final PostRepository posts;
    private final EventRepository events;
    private final ParticipantRepository participants;
    private final Provenance provenance;

    public ExportService(ActorRepository actors, ActorNameRepository names, RelationRepository relations, PostRepository posts,
            EventRepository events, ParticipantRepository participants, Provenance provenance) {
        this.actors = actors;
        this.names = names;
        this.relations = relations;
        this.posts = posts;
        this.events = events;
        this.participants = participants;
        this.provenance = provenance;
    }

    @WithTransaction
    public Uni<Page<Registry>> page(PageRequest request) {
        return actors.count(ACTORS).flatMap(total -> actors.list(ACTORS, request.page, request.size).flatMap(this::slice)
                .map(slice -> new Page<>(List.of(slice), request.page, request.size, total)));
    }

    private Uni<Registry> slice(List<ActorEntity> page) {
        List<Long> ids = page.stream().map(a -> a.id).toList();
        return names.ofActors(ids).flatMap(named -> relations.ofSubjects(ids).flatMap(rels -> posts.ofOrganizations(ids)
                .flatMap(held -> events.firstParticipantIn(ids).flatMap(evs -> {
                    List<Long> eventIds = evs.stream().map((EventEntity e) -> e.id).toList();
                    return participants.ofEvents(eventIds).flatMap(parts -> {
                        Set<Long> ends = new HashSet<>(ids);
                        rels.forEach(r -> {
                            ends.add(r.objectId);
                            if (r.onBehalfOf != null) {
                                ends.add(r.onBehalfOf);
                            }
                        });
                        parts.forEach(p -> {
                            ends.add(p.actorId);
                            if (p.onBehalfOf != null) {
                                ends.add(p.onBehalfOf);
                            }
                        });
                        List<Long> relationIds = rels.stream().map(r -> r.id).toList();
                        List<Long> postIds = held.stream().map(p -> p.id).toList();
                        return actors.byIds(ends).flatMap(found -> provenance.of(Backed.ACTOR, ids)
                                .flatMap(ae -> provenance.of(Backed.RELATION, relationIds)
                                        .flatMap(re -> provenance.of(Backed.POST, postIds)
                                                .flatMap(pe -> provenance.of(Backed.EVENT, eventIds)
                                                        .map(ee -> new Registry(page, named, rels, held, ae, re, pe, evs, parts, ee,
                                                                found.stream().collect(Collectors.toMap(a -> a.id,
                                                                        Function.identity()))))))));
                    });
                }))));
    }
}
