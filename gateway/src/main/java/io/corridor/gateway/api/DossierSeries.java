package io.corridor.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The observations of one indicator for the dossier actor's country. */
@Schema(name = "DossierSeries")
public record DossierSeries(
        @Schema(required = true, example = "BX.TRF.PWKR.CD.DT") String indicator,
        @Schema(required = true, description = "ISO 3166-1 alpha-3", example = "MLI") String country,
        @Schema(required = true, description = "Number of observations in all (the first 100 are listed)", example = "24") long total,
        @Schema(required = true) JsonNode observations) {
}
