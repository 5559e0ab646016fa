package io.corridor.document.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's decision on many annotations at once (all or nothing). */
@Schema(name = "AnnotationBulkStatusChange")
public record BulkStatusChange(
        @Schema(required = true, description = "Annotation ids (uuids), at most 1,000",
                example = "[\"3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10\"]") List<String> ids,
        @Schema(required = true, enumeration = { "proposed", "accepted", "rejected" }, example = "accepted") String status) {
}
