package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of the catalogue. */
@Schema(name = "Indicator")
public record Indicator(
        @Schema(description = "World Bank code where one exists", example = "BX.TRF.PWKR.CD.DT") String code,
        @Schema(example = "Personal remittances, received (current US$)") String nameEn,
        @Schema(example = "Envois de fonds personnels, reçus ($ US courants)") String nameFr,
        @Schema(example = "USD") String unit,
        @Schema(example = "World Bank WDI") String source) {
}
