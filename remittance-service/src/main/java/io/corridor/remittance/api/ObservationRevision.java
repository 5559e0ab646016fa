package io.corridor.remittance.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of an observation: what the source said in one release. */
@Schema(name = "ObservationRevision", requiredProperties = { "revision", "status", "release", "recordedAt", "recordedBy",
        "provenance" })
public record ObservationRevision(
        @Schema(example = "2") int revision,
        @Schema(description = "Exact decimal; absent when missing", example = "1867000000") BigDecimal value,
        @Schema(enumeration = { "normal", "estimate", "provisional", "forecast", "missing" }, example = "normal") String status,
        @Schema(example = "2025-01-28") String release,
        OffsetDateTime recordedAt,
        @Schema(example = "curator") String recordedBy,
        Provenance provenance) {
}
