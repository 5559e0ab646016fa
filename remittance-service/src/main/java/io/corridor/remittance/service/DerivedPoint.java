package io.corridor.remittance.service;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value computed from observations (a ratio, a growth rate), with the inputs it was computed from. */
@Schema(name = "DerivedPoint")
public record DerivedPoint(
        @Schema(example = "2023") String period,
        @Schema(example = "8.95") BigDecimal value,
        @Schema(example = "percent") String unit,
        @Schema(description = "ratio: 100 × numerator / denominator; growth: 100 × (current / previous − 1)", example = "ratio") String method,
        @Schema(description = "The observations used, with their revision, release and provenance") List<Observation> inputs) {
}
