package io.corridor.actor.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;
import io.corridor.actor.api.Network;
import io.corridor.actor.api.NetworkEdge;
import io.corridor.actor.api.NetworkNode;
import io.corridor.actor.api.PostRef;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.actor.repository.RelationRepository.Period;
import io.corridor.support.time.PartialDate;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The actors within a few relations of a centre: one query per ring, breadth first. */
@ApplicationScoped
public class NetworkService {

    private final ActorService actorService;
    private final ActorRepository actors;
    private final RelationRepository relations;
    private final EventService events;
    private final PostRepository posts;

    public NetworkService(ActorService actorService, ActorRepository actors, RelationRepository relations, EventService events,
            PostRepository posts) {
        this.actorService = actorService;
        this.actors = actors;
        this.relations = relations;
        this.events = events;
        this.posts = posts;
    }

    @WithTransaction
    public Uni<Network> around(long centre, int depth, PartialDate at) {
        Period period = at == null ? Period.ALWAYS : new Period(at.start(), at.end());
        Map<Long, Integer> depthOf = new LinkedHashMap<>();
        Map<Long, RelationEntity> edges = new LinkedHashMap<>();
        return actorService.live(centre).flatMap(c -> {
            depthOf.put(centre, 0);
            return ring(List.of(centre), 1, depth, period, depthOf, edges);
        }).flatMap(x -> actors.byIds(depthOf.keySet())).flatMap(found -> events.ofActors(List.copyOf(depthOf.keySet()))
                .map(met -> met.stream().filter(e -> inForce(e, at)).toList())
                .flatMap(met -> posts.byIds(edges.values().stream().map(r -> r.postId).filter(Objects::nonNull).toList())
                        .map(held -> held.stream().collect(Collectors.toMap(p -> p.id, p -> new PostRef(p.id, p.label)))).map(postOf -> {
            Map<Long, NetworkNode> nodes = new HashMap<>();
            found.forEach(a -> nodes.put(a.id, new NetworkNode(a.id, a.name, a.kind, a.family, a.country, depthOf.get(a.id),
                    PartialDate.parse(a.startDate), PartialDate.parse(a.endDate))));
            List<NetworkNode> ordered = depthOf.keySet().stream().map(nodes::get).filter(n -> n != null).toList();
            List<NetworkEdge> list = edges.values().stream()
                    .map(r -> new NetworkEdge(r.id, r.subjectId, r.objectId, Predicate.of(r.predicate),
                            PartialDate.parse(r.startDate), PartialDate.parse(r.endDate), r.confidence, r.status,
                            r.postId == null ? null : postOf.get(r.postId), r.onBehalfOf))
                    .toList();
            return new Network(centre, depth, at, ordered, list, met);
        })));
    }

    /** As relations: an event counts at a date it may have overlapped; an undated one always. */
    private static boolean inForce(io.corridor.actor.api.Event e, PartialDate at) {
        if (at == null || e.start() == null) {
            return true;
        }
        PartialDate last = e.end() != null ? e.end() : e.start();
        return !e.start().start().isAfter(at.end()) && !last.end().isBefore(at.start());
    }

    private Uni<Void> ring(List<Long> frontier, int level, int depth, Period period, Map<Long, Integer> depthOf,
            Map<Long, RelationEntity> edges) {
        if (level > depth || frontier.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return relations.touching(frontier, period, null).flatMap(found -> {
            List<Long> next = new ArrayList<>();
            for (RelationEntity r : found) {
                edges.putIfAbsent(r.id, r);
                for (long end : List.of(r.subjectId, r.objectId)) {
                    if (!depthOf.containsKey(end)) {
                        depthOf.put(end, level);
                        next.add(end);
                    }
                }
            }
            return ring(next, level + 1, depth, period, depthOf, edges);
        });
    }
}
