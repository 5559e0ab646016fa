package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/** The actors within depth relations of a centre, optionally as things stood at a date. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Network")
public record Network(long centre, int depth, PartialDate at, List<NetworkNode> nodes, List<NetworkEdge> edges) {
}
