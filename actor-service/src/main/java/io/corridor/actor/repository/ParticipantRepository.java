package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ParticipantEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The participants at events, read and replaced per event. */
@ApplicationScoped
@WithSession
public class ParticipantRepository implements PanacheRepository<ParticipantEntity> {

    public Uni<List<ParticipantEntity>> ofEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("eventId in ?1 order by id", eventIds);
    }

    public Uni<Long> deleteOf(long eventId) {
        return delete("eventId", eventId);
    }
}
