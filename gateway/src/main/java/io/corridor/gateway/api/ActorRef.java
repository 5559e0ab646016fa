package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor named inside another answer. */
@Schema(name = "ActorRef")
public record ActorRef(@Schema(example = "1") long id, String name, String kind, String family) {
}
