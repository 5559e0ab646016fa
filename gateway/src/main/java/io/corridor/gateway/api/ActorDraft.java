package io.corridor.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.validation.Country;

/**
 * What a client sends to register an actor. The gateway checks its shape; the actor-service owns
 * the rules (kinds, statuses) and checks again.
 */
@Schema(name = "ActorDraft")
public record ActorDraft(
        @NotNull @Schema(required = true, example = "diaspora_institution", enumeration = { "state", "ministry",
                "government_agency", "diaspora_institution", "diaspora_association", "civil_society",
                "international_organization", "regional_organization", "research_institute", "company",
                "military_operation", "armed_group", "person" }) String kind,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Country @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country) {
}
