package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/** A relation in a network. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NetworkEdge")
public record NetworkEdge(long id, long source, long target, String predicate, PartialDate start, PartialDate end,
        double confidence, String status) {
}
