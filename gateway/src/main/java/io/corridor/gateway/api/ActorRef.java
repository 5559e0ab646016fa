package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An actor named inside another answer. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ActorRef")
public record ActorRef(@Schema(example = "1") long id, String name, String kind, String family) {
}
