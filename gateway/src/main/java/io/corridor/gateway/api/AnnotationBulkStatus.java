package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's decision on many annotations at once (the suggester's proposals): all or nothing. */
@Schema(name = "AnnotationBulkStatus")
public record AnnotationBulkStatus(
        @Schema(required = true, description = "Annotation uuids (the last segment of their IRIs), at most 1,000") List<String> ids,
        @Schema(required = true, enumeration = { "proposed", "accepted", "rejected" }, example = "accepted") String status) {
}
