package io.corridor.actor.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorName;
import io.corridor.actor.Backed;
import io.corridor.actor.EventEntity;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.Family;
import io.corridor.actor.ParticipantEntity;
import io.corridor.actor.PostEntity;
import io.corridor.actor.RelationEntity;
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

    /** The page's reads in turn (one session, one statement at a time), each kept in {@link Gathered}. */
    private Uni<Registry> slice(List<ActorEntity> page) {
        List<Long> ids = page.stream().map(a -> a.id).toList();
        Gathered g = new Gathered(page);
        return names.ofActors(ids).invoke(found -> g.names = found)
                .chain(() -> relations.ofSubjects(ids)).invoke(found -> g.relations = found)
                .chain(() -> posts.ofOrganizations(ids)).invoke(found -> g.posts = found)
                .chain(() -> events.firstParticipantIn(ids)).invoke(found -> g.events = found)
                .chain(() -> participants.ofEvents(ids(g.events, e -> e.id))).invoke(found -> g.participants = found)
                .chain(() -> actors.byIds(g.ends())).invoke(found -> g.named = found)
                .chain(() -> provenance.of(Backed.ACTOR, ids)).invoke(found -> g.actorEvidence = found)
                .chain(() -> provenance.of(Backed.RELATION, ids(g.relations, r -> r.id))).invoke(found -> g.relationEvidence = found)
                .chain(() -> provenance.of(Backed.POST, ids(g.posts, p -> p.id))).invoke(found -> g.postEvidence = found)
                .chain(() -> provenance.of(Backed.EVENT, ids(g.events, e -> e.id)))
                .map(g::registry);
    }

    private static <T> List<Long> ids(List<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).toList();
    }

    /** What one page's reads found so far. */
    private static final class Gathered {
        final List<ActorEntity> page;
        List<ActorName> names;
        List<RelationEntity> relations;
        List<PostEntity> posts;
        List<EventEntity> events;
        List<ParticipantEntity> participants;
        List<ActorEntity> named;
        List<EvidenceEntity> actorEvidence;
        List<EvidenceEntity> relationEvidence;
        List<EvidenceEntity> postEvidence;

        Gathered(List<ActorEntity> page) {
            this.page = page;
        }

        /** The page's actors and every actor its relations and events name, as subject, object or principal. */
        Set<Long> ends() {
            Set<Long> ends = new HashSet<>();
            page.forEach(a -> ends.add(a.id));
            relations.forEach(r -> r.addNamed(ends));
            participants.forEach(p -> p.addNamed(ends));
            return ends;
        }

        Registry registry(List<EvidenceEntity> eventEvidence) {
            return new Registry(page, names, relations, posts, actorEvidence, relationEvidence, postEvidence, events,
                    participants, eventEvidence, named.stream().collect(Collectors.toMap(a -> a.id, Function.identity())));
        }
    }
}
