package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An actor in a network, with its distance from the centre. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NetworkNode")
public record NetworkNode(long id, String label, String kind, String family, String country, int depth) {
}
