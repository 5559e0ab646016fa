package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A type or a property as the reconciliation API names them: an id and a label. */
@Schema(name = "ReconciliationType", requiredProperties = { "id", "name" })
public record ReconciliationType(
        @Schema(example = "diaspora_institution") String id,
        @Schema(example = "diaspora institution") String name) {
}
