package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.Predicate;
import io.corridor.actor.Status;
import io.corridor.support.time.PartialDate;

/** A relation in a network. */
@Schema(name = "NetworkEdge", requiredProperties = { "id", "source", "target", "predicate", "confidence", "status" })
public record NetworkEdge(
        @Schema(description = "The relation") long id,
        @Schema(description = "The subject's actor id") long source,
        @Schema(description = "The object's actor id") long target,
        Predicate predicate, PartialDate start, PartialDate end,
        @Schema(minimum = "0", maximum = "1") double confidence,
        Status status,
        @Schema(description = "The post of the target held, for a membership that holds one") PostRef post,
        @Schema(description = "The actor id the source represented (Popolo on_behalf_of)") Long onBehalfOf) {
}
