package io.corridor.gateway.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merge an actor into the survivor {@code into}. */
@Schema(name = "MergeRequest")
public record ActorMerge(@NotNull @Schema(required = true, description = "Id of the surviving actor") Long into) {
}
