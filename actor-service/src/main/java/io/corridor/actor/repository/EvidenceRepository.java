package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.EvidenceEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class EvidenceRepository implements PanacheRepository<EvidenceEntity> {

    public Uni<List<EvidenceEntity>> ofRelations(Collection<Long> relationIds) {
        return relationIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("relationId in ?1 order by id", relationIds);
    }

    public Uni<Long> deleteOf(long relationId) {
        return delete("relationId", relationId);
    }
}
