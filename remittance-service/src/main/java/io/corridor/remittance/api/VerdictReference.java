package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reference a claim was checked against: a published observation, or a ratio derived from two. */
@Schema(name = "VerdictReference", requiredProperties = { "value", "unit", "period", "source", "release", "releaseDate", "derived", "inputs" })
public record VerdictReference(
        @Schema(example = "1003000000") BigDecimal value,
        @Schema(example = "USD") String unit,
        @Schema(example = "2019", pattern = Patterns.PERIOD) String period,
        @Schema(example = "World Bank, World Development Indicators") String source,
        @Schema(description = "Release (vintage) of the reference", example = "2025-01-28") String release,
        @Schema(description = "The publisher's release date of the reference (of the later input when derived)",
                example = "2025-01-28") java.time.LocalDate releaseDate,
        @Schema(description = "The observation (absent when derived)") Long observationId,
        Integer revision,
        @Schema(description = "True when computed as 100 × numerator / denominator because the ratio is not published") boolean derived,
        @Schema(description = "The observations used: the reference itself, or numerator and denominator") List<Observation> inputs) {
}
