package io.corridor.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.validation.Country;

/** What a client sends to register an actor; the server sets id, status, creator and dates. */
@Schema(name = "ActorDraft")
public record ActorDraft(
        @NotNull @Schema(required = true, example = "diaspora_institution") ActorKind kind,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Country @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country) {
}
