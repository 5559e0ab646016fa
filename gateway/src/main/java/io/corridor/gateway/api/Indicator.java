package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of the catalogue. */
@Schema(name = "Indicator")
public record Indicator(
        @Schema(description = "World Bank code where one exists", example = "BX.TRF.PWKR.CD.DT") String code,
        @Schema(example = "Personal remittances, received (current US$)") String nameEn,
        @Schema(description = "French name; nameFrSource says who wrote it", example = "Envois de fonds personnels, reçus ($ US courants)") String nameFr,
        @Schema(description = "Who wrote the French name: the publisher's own label or a translation (unstated when absent)",
                example = "Corridor translation, not a World Bank label") String nameFrSource,
        @Schema(example = "USD") String unit,
        @Schema(description = "Values are in unit × 10^multiplier (6 = millions)", example = "0") int multiplier,
        @Schema(example = "World Bank, World Development Indicators") String source,
        @Schema(example = "Personal transfers and compensation of employees received by resident households from non-resident ones, in current U.S. dollars.") String definition,
        @Schema(enumeration = { "annual", "quarterly", "monthly", "irregular" }, example = "annual") String periodicity,
        @Schema(description = "For a ratio indicator in percent: the numerator series", example = "BX.TRF.PWKR.CD.DT") String numerator,
        @Schema(description = "For a ratio indicator in percent: the denominator series", example = "NY.GDP.MKTP.CD") String denominator) {
}
