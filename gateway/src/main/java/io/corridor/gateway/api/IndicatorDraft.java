package io.corridor.gateway.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue entry as a curator writes it. */
@Schema(name = "IndicatorDraft")
public record IndicatorDraft(
        @NotBlank @Size(max = 300) @Schema(example = "Expulsions of nationals") String nameEn,
        @Size(max = 300) @Schema(example = "Expulsions de ressortissants") String nameFr,
        @Size(max = 300) @Schema(description = "Who wrote the French name: the publisher's label or whose translation",
                example = "Corridor translation") String nameFrSource,
        @NotBlank @Size(max = 50) @Schema(example = "persons") String unit,
        @Min(-3) @Max(15) @Schema(description = "Values are in unit × 10^multiplier", example = "0") Integer multiplier,
        @NotBlank @Size(max = 300) @Schema(example = "Figures stated in documents") String source,
        @Size(max = 4000) String definition,
        @Pattern(regexp = "annual|quarterly|monthly|irregular", message = "must be annual, quarterly, monthly or irregular")
        @Schema(example = "irregular") String periodicity,
        @Schema(description = "For a ratio indicator: numerator code") String numerator,
        @Schema(description = "For a ratio indicator: denominator code") String denominator) {
}
