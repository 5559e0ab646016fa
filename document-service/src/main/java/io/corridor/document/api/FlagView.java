package io.corridor.document.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A flag on an annotation, open or resolved by a curator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AnnotationFlag")
public record FlagView(
        @Schema(required = true, example = "7") long id,
        @Schema(required = true, description = "The flagged annotation's IRI") String annotation,
        @Schema(required = true, description = "The document's IRI") String document,
        @Schema(required = true, example = "annotator2") String flagger,
        @Schema(required = true) String reason,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = "When a curator decided (absent while open)") OffsetDateTime resolvedAt,
        @Schema(description = "Who decided") String resolvedBy,
        @Schema(description = "hidden: the annotation was hidden; dismissed: kept", enumeration = { "hidden", "dismissed" })
        String resolution,
        @Schema(required = true, description = "Whether the annotation is hidden now") boolean hidden) {
}
