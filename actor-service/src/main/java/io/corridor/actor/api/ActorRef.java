package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.ActorKind;

/** An actor named inside another answer. */
@Schema(name = "ActorRef", requiredProperties = { "id", "name", "kind", "family" })
public record ActorRef(
        @Schema(example = "1") long id,
        @Schema(example = "Haut Conseil des Maliens de l'Extérieur") String name,
        ActorKind kind,
        @Schema(enumeration = { "actor", "instrument" }, example = "actor") String family) {
}
