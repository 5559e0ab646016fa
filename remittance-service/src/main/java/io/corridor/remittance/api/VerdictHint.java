package io.corridor.remittance.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slip the claim/reference ratio points at. */
@Schema(name = "VerdictHint", requiredProperties = { "kind", "factor", "message" })
public record VerdictHint(
        @Schema(enumeration = { "scale_thousand", "scale_thousandth", "scale_million", "scale_millionth", "percent_scale",
                "currency_xof_as_usd", "currency_usd_as_xof" }, example = "scale_thousand") String kind,
        @Schema(description = "The factor the ratio is close to", example = "1000") BigDecimal factor,
        @Schema(example = "about 1,000 times the reference: millions read as billions (or thousands as millions)") String message) {
}
