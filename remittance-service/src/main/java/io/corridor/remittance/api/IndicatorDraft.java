package io.corridor.remittance.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue entry as a curator writes it (PUT /indicators/{code}); optional members may be left out or null. */
@Schema(name = "IndicatorDraft")
public record IndicatorDraft(
        @NotBlank @Size(max = 300) @Schema(example = "Personal remittances, received (current US$)") String nameEn,
        @Size(max = 300) @Schema(example = "Envois de fonds personnels, reçus ($ US courants)", nullable = true) String nameFr,
        @Size(max = 300) @Schema(description = "Who wrote the French name: the publisher's label or whose translation",
                example = "Corridor translation, not a World Bank label", nullable = true) String nameFrSource,
        @NotBlank @Size(max = 50) @Schema(example = "USD") String unit,
        @Min(-3) @Max(15) @Schema(description = "Values are in unit × 10^multiplier; default 0", example = "0", nullable = true) Integer multiplier,
        @NotBlank @Size(max = 300) @Schema(example = "World Bank, World Development Indicators") String source,
        @Size(max = 4000) @Schema(nullable = true) String definition,
        @Pattern(regexp = "annual|quarterly|monthly|irregular", message = "must be annual, quarterly, monthly or irregular")
        @Schema(enumeration = { "annual", "quarterly", "monthly", "irregular" }, example = "annual", nullable = true) String periodicity,
        @Size(max = 64) @Schema(description = "For a ratio indicator: numerator code, with denominator", example = "BX.TRF.PWKR.CD.DT", nullable = true)
        String numerator,
        @Size(max = 64) @Schema(description = "For a ratio indicator: denominator code, with numerator", example = "NY.GDP.MKTP.CD", nullable = true)
        String denominator) {
}
