package io.corridor.gateway.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of an annotation, as its history lists it. */
@Schema(name = "AnnotationRevision", description = "One entry of GET /api/v1/annotations/{uuid}/history: who changed what, "
        + "when, with the annotation before and after")
public record AnnotationRevision(
        @Schema(example = "2") int revision,
        @Schema(enumeration = { "created", "updated", "status", "deleted", "reanchored", "restored" }, example = "updated") String action,
        @Schema(example = "annotator") String actor,
        OffsetDateTime at,
        @Schema(description = "Why (a status change or a moderation)") String reason,
        @Schema(implementation = Annotation.class, nullable = true, description = "Absent for the creation") Object before,
        @Schema(implementation = Annotation.class, nullable = true, description = "Absent for a deletion") Object after) {
}
