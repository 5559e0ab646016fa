package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.EventInstrumentEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The instruments events acted on, read and replaced per event. */
@ApplicationScoped
@WithSession
public class EventInstrumentRepository implements PanacheRepository<EventInstrumentEntity> {

    public Uni<List<EventInstrumentEntity>> ofEvents(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("eventId in ?1 order by id", eventIds);
    }

    public Uni<Long> deleteOf(long eventId) {
        return delete("eventId", eventId);
    }
}
