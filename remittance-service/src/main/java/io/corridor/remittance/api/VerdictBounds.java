package io.corridor.remittance.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The tolerance a verdict used: the reference is consistent with the claim when it lies within [low, high], in the
 * indicator's unit. The figure is read to the precision it is written with (trailing zeros count: "10 %" is ± 0.5,
 * "2 000 millions" ± 0.5 million), unless a hedge word widens it; 2 % of the reference is the narrowest tolerance.
 */
@Schema(name = "VerdictBounds", requiredProperties = { "low", "high", "rule", "basis", "relativeFloor", "explanation" })
public record VerdictBounds(
        @Schema(description = "Lowest reference value consistent with the claim, in the indicator's unit", example = "9.5") BigDecimal low,
        @Schema(description = "Highest reference value consistent with the claim, in the indicator's unit", example = "10.5") BigDecimal high,
        @Schema(description = "as_written: ± half a unit of the last digit as written; approximate (about, environ...): ± half a "
                + "unit of the leading digit; more_than (more than, plus de...): from the figure up to one unit of its leading "
                + "digit more; less_than (less than, moins de...): the mirror", enumeration = { "as_written", "approximate",
                        "more_than", "less_than" }, example = "as_written") String rule,
        @Schema(description = "Why: \"as written\", or \"hedged: \" and the hedge word", example = "as written") String basis,
        @Schema(description = "True when 2 % of the reference was wider than the precision of the figure, and was used") boolean relativeFloor,
        @Schema(example = "10 as written is read to half a unit of its last digit: ± 0.5") String explanation) {
}
