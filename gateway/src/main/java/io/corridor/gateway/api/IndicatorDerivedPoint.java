package io.corridor.gateway.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value computed from observations (a ratio, a growth rate), with the inputs it was computed from. */
@Schema(name = "DerivedPoint")
public record IndicatorDerivedPoint(
        @Schema(example = "2023") String period,
        @Schema(example = "8.933014") BigDecimal value,
        @Schema(example = "percent") String unit,
        @Schema(enumeration = { "ratio", "growth" }, description = "ratio: 100 × numerator / denominator; growth: 100 × (current / previous − 1)") String method,
        @Schema(description = "The observations used, with their revision, release and provenance") List<Observation> inputs) {
}
