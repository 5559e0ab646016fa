package io.corridor.actor.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Merge this entry into the survivor {@code into}. */
@Schema(name = "MergeRequest")
public record MergeRequest(@NotNull @Schema(required = true, description = "Id of the surviving actor", example = "2") Long into) {
}
