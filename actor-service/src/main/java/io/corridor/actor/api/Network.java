package io.corridor.actor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;

/** The actors within depth relations of a centre, optionally as things stood at a date. */
@Schema(name = "Network", requiredProperties = { "centre", "depth", "nodes", "edges" })
public record Network(
        @Schema(description = "The actor at the centre", example = "1") long centre,
        @Schema(description = "How many relations away from the centre", minimum = "1", maximum = "3", example = "1") int depth,
        @Schema(description = "Only relations in force then") PartialDate at,
        @Schema(description = "The centre first, then by distance") List<NetworkNode> nodes,
        List<NetworkEdge> edges,
        @Schema(description = "Events in which actors of the network took part or were represented, by date") List<Event> events) {
}
