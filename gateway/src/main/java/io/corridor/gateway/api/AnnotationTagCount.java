package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag in use, for the editor's autocomplete (document-service). */
@Schema(name = "AnnotationTagCount")
public record AnnotationTagCount(
        @Schema(description = "The tag, lower-cased as stored", example = "réadmission") String tag,
        @Schema(description = "How many live, not rejected annotations the caller may see carry it", example = "7") long count) {
}
