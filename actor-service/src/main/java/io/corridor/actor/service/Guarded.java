package io.corridor.actor.service;

import java.util.function.Function;

import io.corridor.actor.Registered;
import io.corridor.support.concurrency.EntityTag;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The conditional write every registry entry shares (relations, events, posts): the entry found, the If-Match checked
 * against its version (428 without it, 412 when stale), then the change, stamped with who made it. One place, so
 * that no kind of entry can forget the check.
 */
final class Guarded {

    private Guarded() {
    }

    /** Changes the entry if the client read its current version; answers the entry once changed. */
    static <E extends Registered> Uni<E> replace(Uni<E> found, String ifMatch, SecurityIdentity who, Function<E, Uni<?>> change) {
        return found.flatMap(e -> {
            EntityTag.require(ifMatch, e.version);
            e.changed(who.getPrincipal().getName());
            return change.apply(e).replaceWith(e);
        });
    }

    /** Deletes the entry (with what hangs on it) if the client read its current version. */
    static <E extends Registered> Uni<Void> delete(Uni<E> found, String ifMatch, Function<E, Uni<?>> removal) {
        return found.flatMap(e -> {
            EntityTag.require(ifMatch, e.version);
            return removal.apply(e).replaceWithVoid();
        });
    }

    /** A curator accepts a proposal, with or without If-Match. */
    static <E extends Registered> Uni<E> accept(Uni<E> found, String ifMatch, SecurityIdentity who) {
        return found.invoke(e -> {
            EntityTag.requireIfSent(ifMatch, e.version);
            e.accept(who.getPrincipal().getName());
        });
    }
}
