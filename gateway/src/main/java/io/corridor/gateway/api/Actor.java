package io.corridor.gateway.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor of the registry. */
@Schema(name = "Actor")
public record Actor(
        @Schema(example = "1") Long id,
        @Schema(example = "diaspora_institution") String kind,
        @Schema(example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country,
        @Schema(description = "accepted, or proposed until a curator accepts it", example = "accepted") String status,
        @Schema(example = "curator") String createdBy,
        OffsetDateTime createdAt) {
}
