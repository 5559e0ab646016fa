package io.corridor.remittance.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.remittance.Hedge;

/** A figure to check: what it measures, where, when, and the value and unit as stated. */
@Schema(name = "ClaimCheck")
public record ClaimCheck(
        @NotBlank @Size(max = 64) @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-3, alpha-2 or UN M49 number", example = "MLI") String country,
        @Size(max = 64) @Schema(description = "For bilateral figures", example = "FRA", nullable = true) String counterpart,
        @NotBlank @Size(max = 64) @Schema(description = "YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s", example = "2019") String period,
        @NotNull @Schema(description = VALUE, example = "964000000000") BigDecimal value,
        @NotBlank @Size(max = 100) @Schema(description = "Unit as stated, optionally with a scale word: USD, million USD, milliards FCFA, percent, persons", example = "USD") String unit,
        @Size(max = 40) @Schema(description = HEDGE, example = "environ", nullable = true) String hedge,
        @Size(max = 10) @Schema(description = VINTAGE, example = "2019-12-31", nullable = true) String vintage) {

    /** Shared with the draft: the figure's precision is read from how it is written. */
    static final String VALUE = "The figure as the document writes it, digits and trailing zeros included (10 for \"10 %\", 2000 for "
            + "\"2 000 millions\", 1.5 for \"1,5 milliard\"): its last digit is its precision; at most 1E+30 and 30 decimals";
    static final String VINTAGE = "Check against what was published on this date (ALFRED vintage: the latest release on or "
            + "before it; a month or a year means its last day), such as the date of the document that states the figure; "
            + "default: the latest data";
    static final String HEDGE = "The word the document puts before the figure when it is not exact (environ, about, more than, "
            + "plus de...); it widens the tolerance, as the verdict's bounds say. One of: " + Hedge.WORDS;
}
