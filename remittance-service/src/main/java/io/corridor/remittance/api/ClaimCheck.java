package io.corridor.remittance.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A figure to check: what it measures, where, when, and the value and unit as stated. */
@Schema(name = "ClaimCheck")
public record ClaimCheck(
        @NotBlank @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @NotBlank @Schema(description = "ISO 3166-1 alpha-3, alpha-2 or UN M49 number", example = "MLI") String country,
        @Schema(description = "For bilateral figures", example = "FRA", nullable = true) String counterpart,
        @NotBlank @Schema(description = "YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s", example = "2019") String period,
        @NotNull @Schema(example = "964000000000") BigDecimal value,
        @NotBlank @Schema(description = "Unit as stated, optionally with a scale word: USD, million USD, milliards FCFA, percent, persons", example = "USD") String unit) {
}
