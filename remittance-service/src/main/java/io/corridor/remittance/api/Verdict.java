package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of checking a figure. Consistent when the reference lies within the bounds of the claim: the
 * precision of the figure as written (trailing zeros count), widened by a hedge word, never narrower than 2 % of
 * the reference; discrepant otherwise; no_data when there is no reference (or no exchange rate to convert the
 * claim's currency).
 */
@Schema(name = "Verdict", requiredProperties = { "verdict", "unit", "hints", "caveats", "detail" })
public record Verdict(
        @Schema(enumeration = { "consistent", "discrepant", "no_data" }, example = "discrepant") String verdict,
        @Schema(description = "The claim in the indicator's unit (after scale words and currency conversion)", example = "964000000000") BigDecimal claimValue,
        @Schema(description = "The indicator's unit", example = "USD") String unit,
        @Schema(description = "The vintage the reference was read at: what was published by this date; absent: the latest "
                + "data", example = "2019-12-31") java.time.LocalDate vintage,
        VerdictReference reference,
        @Schema(description = "claim / reference; absent without a reference, or when it is zero", example = "961.117") BigDecimal ratio,
        @Schema(description = "Largest difference still consistent, in the indicator's unit (the wider side of the bounds)", example = "20060000") BigDecimal tolerance,
        @Schema(description = "The tolerance used, as bounds of the reference and why; absent without a reference") VerdictBounds bounds,
        @Schema(description = "Likely slips when the ratio is close to a known factor") List<VerdictHint> hints,
        @Schema(description = "What the publisher says about the reference that bears on the verdict: UN DESA's type of data "
                + "(a citizenship-based stock), footnotes, notes, estimated or modelled values") List<String> caveats,
        @Schema(example = "the claim is 961.117 times the reference") String detail) {
}
