package io.corridor.gateway.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as listed in the library. */
@Schema(name = "DocumentSummary")
public record DocumentSummary(
        @Schema(example = "1") Long id,
        @Schema(example = "Communiqué conjoint du dialogue de haut niveau Mali-Union européenne") String title,
        @Schema(example = "official_communique") String kind,
        @Schema(description = "BCP 47 language tag", example = "fr") String language,
        @Schema(example = "annotator") String createdBy,
        OffsetDateTime createdAt) {
}
