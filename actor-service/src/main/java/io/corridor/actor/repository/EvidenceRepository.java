package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.Backed;
import io.corridor.actor.EvidenceEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The evidence of relations, events, posts and actors, read and replaced per owner. */
@ApplicationScoped
@WithSession
public class EvidenceRepository implements PanacheRepository<EvidenceEntity> {

    public Uni<List<EvidenceEntity>> of(Backed owner, Collection<Long> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list(owner.field() + " in ?1 order by id", ids);
    }

    public Uni<Long> deleteOf(Backed owner, long id) {
        return delete(owner.field(), id);
    }
}
