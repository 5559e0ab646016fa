package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's decision on one annotation. */
@Schema(name = "AnnotationStatusChange")
public record AnnotationStatusChange(
        @Schema(required = true, enumeration = { "proposed", "accepted", "rejected" }, example = "accepted") String status,
        @Schema(description = "Why; kept in the history", example = "identification confirmée") String reason) {
}
