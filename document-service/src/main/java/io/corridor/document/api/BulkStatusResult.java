package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnotationBulkStatusResult")
public record BulkStatusResult(
        @Schema(required = true, minimum = "0", description = "How many annotations changed status (those that already had it are not counted)",
                example = "12") int updated) {
}
