package io.corridor.actor.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as a client sends it: actor ids. */
@Schema(name = "ParticipantDraft")
public record ParticipantDraft(
        @NotNull @Schema(required = true, description = "Actor id", example = "1") Long actor,
        @Size(max = 200) @Schema(description = "The role held there", example = "Ministre des Affaires étrangères", nullable = true) String role,
        @Schema(description = "Actor id of whom the participant acted for", nullable = true) Long onBehalfOf) {
}
