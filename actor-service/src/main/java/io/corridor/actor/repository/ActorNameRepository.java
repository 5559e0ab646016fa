package io.corridor.actor.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.ActorName;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ActorNameRepository implements PanacheRepository<ActorName> {

    public Uni<List<ActorName>> ofActors(Collection<Long> actorIds) {
        return actorIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("actorId in ?1 order by id", actorIds);
    }

    public Uni<Long> deleteOf(long actorId) {
        return delete("actorId", actorId);
    }

    /**
     * Every name of every entry that was not merged away: what the mention automaton knows. Read as a projection of
     * the two columns it needs, not as entities, which the session would track (and copy) until it closes.
     */
    public Uni<List<LiveName>> allLive() {
        return find("actorId in (select a.id from Actor a where a.mergedInto is null)").project(LiveName.class).list();
    }
}
