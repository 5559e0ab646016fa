package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.EventEvidenceEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The evidence of events, read and replaced per event. */
@ApplicationScoped
@WithSession
public class EventEvidenceRepository implements PanacheRepository<EventEvidenceEntity> {

    public Uni<List<EventEvidenceEntity>> ofEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("eventId in ?1 order by id", eventIds);
    }

    public Uni<Long> deleteOf(long eventId) {
        return delete("eventId", eventId);
    }
}
