package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's decision on many annotations at once (all or nothing). */
@Schema(name = "AnnotationBulkStatus", description = "A curator's decision on many annotations at once (the suggester's proposals): all or nothing.")
public record BulkStatusChange(
        @Schema(required = true, description = "Annotation uuids (the last segment of their IRIs), 1 to 1,000", minItems = 1, maxItems = 1000,
                example = "[\"3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10\"]") List<String> ids,
        @Schema(required = true, enumeration = { "proposed", "accepted", "rejected" }, example = "accepted") String status) {
}
