package io.corridor.actor.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.Backed;
import io.corridor.actor.Family;
import io.corridor.actor.mapping.Registry;
import io.corridor.actor.repository.ActorNameRepository;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.actor.repository.PostRepository;
import io.corridor.actor.repository.RelationRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Reads the registry page by page for the Popolo and FollowTheMoney exports: a page of live actors (by name, as the
 * listing) with what hangs on them. Instruments are left out: neither format has a class for a policy instrument.
 */
@ApplicationScoped
public class ExportService {

    private static final ActorRepository.Filter ACTORS = new ActorRepository.Filter(null, null, null, Family.ACTOR.code(), null, null);

    private final ActorRepository actors;
    private final ActorNameRepository names;
    private final RelationRepository relations;
    private final PostRepository posts;
    private final Provenance provenance;

    public ExportService(ActorRepository actors, ActorNameRepository names, RelationRepository relations, PostRepository posts,
            Provenance provenance) {
        this.actors = actors;
        this.names = names;
        this.relations = relations;
        this.posts = posts;
        this.provenance = provenance;
    }

    @WithTransaction
    public Uni<Page<Registry>> page(PageRequest request) {
        return actors.count(ACTORS).flatMap(total -> actors.list(ACTORS, request.page, request.size).flatMap(page -> {
            List<Long> ids = page.stream().map(a -> a.id).toList();
            return names.ofActors(ids).flatMap(named -> relations.ofSubjects(ids).flatMap(rels -> posts.ofOrganizations(ids)
                    .flatMap(held -> {
                        Set<Long> ends = new HashSet<>(ids);
                        rels.forEach(r -> {
                            ends.add(r.objectId);
                            if (r.onBehalfOf != null) {
                                ends.add(r.onBehalfOf);
                            }
                        });
                        List<Long> relationIds = rels.stream().map(r -> r.id).toList();
                        List<Long> postIds = held.stream().map(p -> p.id).toList();
                        return actors.byIds(ends).flatMap(found -> provenance.of(Backed.ACTOR, ids)
                                .flatMap(ae -> provenance.of(Backed.RELATION, relationIds)
                                        .flatMap(re -> provenance.of(Backed.POST, postIds).map(pe -> new Registry(page, named, rels,
                                                held, ae, re, pe, found.stream().collect(Collectors.toMap(a -> a.id,
                                                        Function.identity())))))));
                    })));
        }).map(slice -> new Page<>(List.of(slice), request.page, request.size, total)));
    }
}
