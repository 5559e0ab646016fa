package io.corridor.actor.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.Actor;
import io.corridor.actor.ActorDraft;
import io.corridor.actor.ActorStatus;
import io.corridor.actor.repository.ActorRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ActorService {

    private final ActorRepository actors;

    public ActorService(ActorRepository actors) {
        this.actors = actors;
    }

    @WithTransaction
    public Uni<Page<Actor>> list(PageRequest request) {
        return actors.count().flatMap(total -> actors.byName(request.page, request.size)
                .map(items -> new Page<>(items, request.page, request.size, total)));
    }

    @WithTransaction
    public Uni<Actor> get(long id) {
        return actors.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("no actor " + id));
    }

    /** Curators register actors directly; annotators may only propose them. */
    @WithTransaction
    public Uni<Actor> register(ActorDraft draft, SecurityIdentity who) {
        Actor actor = new Actor();
        actor.kind = draft.kind();
        actor.name = draft.name().strip();
        actor.country = draft.country();
        actor.status = who.hasRole(Roles.CURATOR) ? ActorStatus.ACCEPTED : ActorStatus.PROPOSED;
        actor.createdBy = who.getPrincipal().getName();
        actor.createdAt = OffsetDateTime.now();
        return actors.persist(actor);
    }
}
