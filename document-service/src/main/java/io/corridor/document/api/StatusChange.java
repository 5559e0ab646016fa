package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's decision on one annotation. */
@Schema(name = "AnnotationStatusChange")
public record StatusChange(
        @Schema(required = true, enumeration = { "proposed", "accepted", "rejected" }, example = "accepted") String status,
        @Schema(description = "Why; kept in the annotation's history (at most 2,000 characters)", maxLength = 2000,
                example = "the actor is the right one") String reason) {
}
