package io.corridor.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor named inside another answer. */
@Schema(name = "ActorRef")
public record ActorRef(@Schema(example = "1") long id, String name, ActorKind kind, String family) {

    public static ActorRef of(Actor actor) {
        return new ActorRef(actor.id, actor.name, actor.kind, actor.family);
    }
}
