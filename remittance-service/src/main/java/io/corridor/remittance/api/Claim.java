package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored claim with its verdict against the reference data known now. */
@Schema(name = "Claim", requiredProperties = { "id", "document", "indicator", "country", "period", "value", "unit", "createdAt",
        "createdBy", "verdict" })
public record Claim(
        @Schema(example = "3") long id,
        @Schema(example = "diaspora-engagement-mapping-mali.md") String document,
        @Schema(description = "IRI of the annotation anchoring the figure") String annotation,
        @Schema(example = "les seuls envois de fonds étant estimés à 964 milliards de dollars US en 2019") String quote,
        @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @Schema(description = "ISO 3166-1 alpha-3 (or World Bank area code)", example = "MLI", pattern = Patterns.AREA) String country,
        @Schema(description = "The other country of a bilateral figure", pattern = Patterns.AREA) String counterpart,
        @Schema(example = "2019", pattern = Patterns.PERIOD) String period,
        @Schema(example = "964000000000") BigDecimal value,
        @Schema(description = "Unit as stated", example = "USD") String unit,
        @Schema(description = "The hedge word the document puts before the figure, when it is not exact", example = "environ") String hedge,
        @Schema(description = "The source the document cites", example = "World Bank 2019") String sourceCited,
        @Schema(description = "The document's publication date (its last day when a month or year was given)",
                example = "2019-12-31") java.time.LocalDate documentDate,
        OffsetDateTime createdAt,
        @Schema(example = "curator") String createdBy,
        @Schema(description = "The verdict against what was published at the vintage asked for, by default the document's "
                + "date (against the latest data when the claim has no date)") Verdict verdict,
        @Schema(description = "The verdict against what is published today, when the verdict above was read at an earlier vintage")
        Verdict currentVerdict) {
}
