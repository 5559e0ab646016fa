package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post named inside another answer (a membership that holds it). */
@Schema(name = "PostRef", requiredProperties = { "id", "label" })
public record PostRef(
        @Schema(example = "4") long id,
        @Schema(example = "Ministre des Maliens de l'extérieur") String label) {
}
