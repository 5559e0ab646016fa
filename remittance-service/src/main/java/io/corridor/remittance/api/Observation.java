package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One observation as known at a time (the latest revision by default), with its provenance. */
@Schema(name = "Observation", requiredProperties = { "id", "indicator", "country", "period", "periodStart", "periodEnd", "sex",
        "status", "source", "kind", "revision", "release", "releaseDate", "recordedAt", "recordedBy", "provenance" })
public record Observation(
        @Schema(example = "41") long id,
        @Schema(example = "BX.TRF.PWKR.CD.DT") String indicator,
        @Schema(description = "ISO 3166-1 alpha-3 (or World Bank area code)", example = "MLI", pattern = Patterns.AREA) String country,
        @Schema(description = "The other country of a bilateral figure (destination of emigrants, corridor end)", example = "CIV",
                pattern = Patterns.AREA) String counterpart,
        @Schema(description = "YYYY, YYYY-Qn, YYYY-MM, YYYY/YYYY or YYY0s", example = "2023", pattern = Patterns.PERIOD) String period,
        @Schema(description = "First day of the period", example = "2023-01-01") LocalDate periodStart,
        @Schema(description = "Last day of the period", example = "2023-12-31") LocalDate periodEnd,
        @Schema(enumeration = { "total", "female", "male" }, example = "total") String sex,
        @Schema(description = "Exact decimal; absent when missing", example = "1867000000") BigDecimal value,
        @Schema(description = "modelled: a model's estimate (KNOMAD), not a count or recorded flow", enumeration = { "normal", "estimate",
                "provisional", "forecast", "missing", "modelled" }, example = "normal") String status,
        @Schema(example = "World Bank, World Development Indicators") String source,
        @Schema(description = "dataset: imported file; document: figure stated in a document", enumeration = { "dataset", "document" },
                example = "dataset") String kind,
        @Schema(example = "1") int revision,
        @Schema(description = "Release (vintage) of the source, as received", example = "2025-01-28") String release,
        @Schema(description = "The publisher's release date of this revision (ALFRED's vintage date; for a figure stated "
                + "in a document, the day Corridor recorded it)", example = "2025-01-28") LocalDate releaseDate,
        @Schema(description = "When Corridor recorded this revision") OffsetDateTime recordedAt,
        @Schema(example = "curator") String recordedBy,
        Provenance provenance,
        @Schema(description = "The publisher's footnote, UN DESA type of data and notes; absent when there are none") Caveats caveats) {
}
