package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnnotationBulkStatusResult")
public record AnnotationBulkStatusResult(@Schema(description = "Annotations whose status was set", example = "12") int updated) {
}
