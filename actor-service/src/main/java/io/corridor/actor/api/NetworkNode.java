package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.ActorKind;
import io.corridor.support.time.PartialDate;

/** An actor in a network, with its distance from the centre. */
@Schema(name = "NetworkNode", requiredProperties = { "id", "label", "kind", "family", "depth" })
public record NetworkNode(
        @Schema(description = "The actor") long id,
        @Schema(description = "Its name") String label,
        ActorKind kind,
        @Schema(enumeration = { "actor", "instrument" }) String family,
        @Schema(description = "ISO 3166-1 alpha-3", pattern = Patterns.COUNTRY) String country,
        @Schema(description = "Relations away from the centre (0 for the centre)", minimum = "0", maximum = "3") int depth,
        @Schema(description = "When it came into being, when known") PartialDate start,
        @Schema(description = "When it ceased, when known") PartialDate end) {
}
