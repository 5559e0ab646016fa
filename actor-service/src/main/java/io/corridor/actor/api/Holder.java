package io.corridor.actor.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.Predicate;
import io.corridor.actor.Status;
import io.corridor.support.time.PartialDate;

/** Someone who held a post over a period: the membership relation that names the post. */
@Schema(name = "Holder", requiredProperties = { "relation", "holder", "predicate", "status" })
public record Holder(
        @Schema(description = "The relation (membership) that holds the post", example = "7") long relation,
        ActorRef holder,
        @Schema(example = "leader_of") Predicate predicate,
        @Schema(description = "Whom the holder represented there") ActorRef onBehalfOf,
        PartialDate start,
        PartialDate end,
        LocalDate notBefore,
        LocalDate notAfter,
        Status status) {
}
