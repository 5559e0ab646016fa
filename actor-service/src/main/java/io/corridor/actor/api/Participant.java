package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor at an event: in which role, and on whose behalf (Popolo on_behalf_of). */
@Schema(name = "Participant", requiredProperties = "actor")
public record Participant(
        ActorRef actor,
        @Schema(description = "The role held there", example = "Ministre des Affaires étrangères") String role,
        @Schema(description = "Who the participant acted for") ActorRef onBehalfOf) {
}
