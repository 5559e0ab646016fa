package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.EventEntity;
import io.corridor.actor.repository.RelationRepository.Period;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class EventRepository implements PanacheRepository<EventEntity> {

    /** Filters of a listing; null means any. */
    public record Filter(Long actor, String kind, Period period) {
    }

    public Uni<List<EventEntity>> page(Filter filter, int page, int size) {
        return find(where(filter), Sort.ascending("startFrom", "id"), parameters(filter))
                .page(page, size).list();
    }

    public Uni<Long> count(Filter filter) {
        return count(where(filter), parameters(filter));
    }

    /** The events an actor took part in, or was represented at, by date. */
    public Uni<List<EventEntity>> ofActors(List<Long> actorIds) {
        return actorIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("id in (select p.eventId from Participant p where p.actorId in ?1 or p.onBehalfOf in ?1) order by startFrom, id",
                        actorIds);
    }

    /**
     * The events an export writes with this page of actors: those whose first participant (the lowest id among live
     * actors) is on the page. Pages partition the live actors, so pages joined hold each event once; an event with no
     * live participant is in no page. Only events with a participant on the page are candidates (by the participant's
     * actor index), so the first participant is looked up for those, not for every event of the registry.
     */
    public Uni<List<EventEntity>> firstParticipantIn(Collection<Long> actorIds) {
        return actorIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("""
                        from Event e where e.id in (select c.eventId from Participant c where c.actorId in ?1)
                          and (select min(p.actorId) from Participant p join Actor a on a.id = p.actorId
                          where p.eventId = e.id and a.mergedInto is null and a.family = 'actor') in ?1
                        order by e.startFrom, e.id""", actorIds);
    }

    // As relations: an unknown start or end is open, so an undated event overlaps every period.
    private static String where(Filter f) {
        StringBuilder hql = new StringBuilder("1 = 1");
        if (f.actor() != null) {
            hql.append(" and id in (select p.eventId from Participant p where p.actorId = :actor or p.onBehalfOf = :actor)");
        }
        if (f.kind() != null) {
            hql.append(" and kind = :kind");
        }
        if (f.period().to() != null) {
            hql.append(" and (startFrom is null or startFrom <= :to)");
        }
        if (f.period().from() != null) {
            hql.append(" and (coalesce(endTo, startFrom) is null or coalesce(endTo, startFrom) >= :from)");
        }
        return hql.toString();
    }

    private static Parameters parameters(Filter f) {
        Parameters p = new Parameters();
        if (f.actor() != null) {
            p.and("actor", f.actor());
        }
        if (f.kind() != null) {
            p.and("kind", f.kind());
        }
        if (f.period().to() != null) {
            p.and("to", f.period().to());
        }
        if (f.period().from() != null) {
            p.and("from", f.period().from());
        }
        return p;
    }
}
