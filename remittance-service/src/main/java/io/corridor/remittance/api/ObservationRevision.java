package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of an observation: what the source said in one release. */
@Schema(name = "ObservationRevision", requiredProperties = { "revision", "status", "release", "releaseDate", "recordedAt", "recordedBy",
        "provenance" })
public record ObservationRevision(
        @Schema(example = "2") int revision,
        @Schema(description = "Exact decimal; absent when missing", example = "1867000000") BigDecimal value,
        @Schema(description = "modelled: a model's estimate (KNOMAD), not a count or recorded flow", enumeration = { "normal", "estimate",
                "provisional", "forecast", "missing", "modelled" }, example = "normal") String status,
        @Schema(description = "Release (vintage) of the source, as received", example = "2025-01-28") String release,
        @Schema(description = "The publisher's release date (ALFRED's vintage date)", example = "2025-01-28") LocalDate releaseDate,
        @Schema(description = "When Corridor recorded it") OffsetDateTime recordedAt,
        @Schema(example = "curator") String recordedBy,
        Provenance provenance,
        @Schema(description = "The publisher's footnote, UN DESA type of data and notes; absent when there are none") Caveats caveats) {
}
