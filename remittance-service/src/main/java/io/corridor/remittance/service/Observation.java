package io.corridor.remittance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One observation as known at a time (the latest revision by default), with its provenance. */
@Schema(name = "Observation")
public record Observation(
        @Schema(example = "41") long id,
        @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @Schema(description = "ISO 3166-1 alpha-3 (or World Bank area code)", example = "MLI") String country,
        @Schema(description = "The other country of a bilateral figure (destination of emigrants, corridor end)", example = "CIV") String counterpart,
        @Schema(example = "2023") String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(example = "total") String sex,
        @Schema(description = "Exact decimal; null when missing", example = "1867000000") BigDecimal value,
        @Schema(example = "normal") String status,
        @Schema(example = "World Bank, World Development Indicators") String source,
        @Schema(description = "dataset (imported file) or document (figure stated in a document)", example = "dataset") String kind,
        @Schema(example = "1") int revision,
        @Schema(description = "Release (vintage) of the source", example = "2025-01-28") String release,
        OffsetDateTime recordedAt,
        @Schema(example = "curator") String recordedBy,
        Provenance provenance) {
}
