package io.corridor.gateway.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored claim with its verdict against the reference data known now. */
@Schema(name = "Claim")
public record Claim(
        @Schema(example = "3") long id,
        @Schema(example = "diaspora-engagement-mapping-mali.md") String document,
        String annotation,
        @Schema(example = "les seuls envois de fonds étant estimés à 964 milliards de dollars US en 2019") String quote,
        @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @Schema(example = "MLI") String country,
        String counterpart,
        @Schema(example = "2019") String period,
        @Schema(example = "964000000000") BigDecimal value,
        @Schema(example = "USD") String unit,
        @Schema(example = "World Bank 2019") String sourceCited,
        OffsetDateTime createdAt,
        @Schema(example = "curator") String createdBy,
        Verdict verdict) {
}
