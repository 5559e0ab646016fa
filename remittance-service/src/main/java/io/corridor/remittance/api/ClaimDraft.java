package io.corridor.remittance.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim to store: the figure, the document stating it, the quote and the annotation anchoring it. */
@Schema(name = "ClaimDraft")
public record ClaimDraft(
        @NotBlank @Size(max = 500) @Schema(description = "File name or identifier of the document", example = "diaspora-engagement-mapping-mali.md") String document,
        @Size(max = 2000) @Schema(description = "IRI of the annotation anchoring the figure", nullable = true) String annotation,
        @Size(max = 4000) @Schema(example = "les seuls envois de fonds étant estimés à 964 milliards de dollars US en 2019",
                nullable = true) String quote,
        @NotBlank @Size(max = 64) @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @NotBlank @Size(max = 64) @Schema(description = "ISO 3166-1 alpha-3, alpha-2 or UN M49 number", example = "MLI") String country,
        @Size(max = 64) @Schema(description = "For bilateral figures", example = "FRA", nullable = true) String counterpart,
        @NotBlank @Size(max = 64) @Schema(description = "YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s", example = "2019") String period,
        @NotNull @Schema(description = ClaimCheck.VALUE, example = "964000000000") BigDecimal value,
        @NotBlank @Size(max = 100) @Schema(description = "Unit as stated, optionally with a scale word: USD, million USD, milliards FCFA, percent, "
                + "persons", example = "USD") String unit,
        @Size(max = 40) @Schema(description = ClaimCheck.HEDGE, example = "environ", nullable = true) String hedge,
        @Size(max = 300) @Schema(description = "The source the document cites", example = "World Bank 2019", nullable = true)
        String sourceCited,
        @Size(max = 10) @Schema(description = "The document's publication date (2019-06-30, 2019-06 or 2019: its last day): the "
                + "claim's verdict is read against what was published by then, and also against the latest data", example = "2019",
                nullable = true) String documentDate) {

    /** The check of the figure as of the document's date (the latest data when the claim has none). */
    public ClaimCheck check() {
        return new ClaimCheck(indicator, country, counterpart, period, value, unit, hedge, documentDate);
    }
}
