package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value computed from observations (a ratio, a growth rate), with the inputs it was computed from. */
@Schema(name = "DerivedPoint", requiredProperties = { "period", "value", "unit", "method", "inputs" })
public record DerivedPoint(
        @Schema(example = "2023", pattern = Patterns.PERIOD) String period,
        @Schema(example = "8.933014") BigDecimal value,
        @Schema(example = "percent") String unit,
        @Schema(description = "ratio: 100 × numerator / denominator; growth: 100 × (current / previous − 1)",
                enumeration = { "ratio", "growth" }, example = "ratio") String method,
        @Schema(description = "The observations used, with their revision, release and provenance") List<Observation> inputs) {
}
