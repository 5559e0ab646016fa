package io.corridor.actor.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.Actor;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class ActorRepository implements PanacheRepository<Actor> {

    /** By name, then id, so that pages are stable. */
    public Uni<List<Actor>> byName(int page, int size) {
        return findAll(Sort.ascending("name", "id")).page(page, size).list();
    }
}
