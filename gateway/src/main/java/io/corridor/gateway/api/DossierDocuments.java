package io.corridor.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents whose text names an actor: a full-text search on its name and acronyms, best first. */
@Schema(name = "DossierDocuments")
public record DossierDocuments(
        @Schema(required = true, description = "The search run", example = "\"Haut Conseil des Maliens de l'Extérieur\" or \"HCME\"") String query,
        @Schema(required = true, description = "Matching documents in all (the first 20 are listed)", example = "3") long total,
        @Schema(required = true) JsonNode items) {
}
