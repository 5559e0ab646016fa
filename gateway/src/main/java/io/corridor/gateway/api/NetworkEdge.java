package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;

/** A relation in a network. */
@Schema(name = "NetworkEdge")
public record NetworkEdge(long id, long source, long target, String predicate, PartialDate start, PartialDate end,
        double confidence, String status) {
}
