package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag in use and how many annotations the caller may see carry it. */
@Schema(name = "AnnotationTagCount")
public record TagCount(
        @Schema(required = true, description = "The tag, lower-cased as stored", example = "réadmission") String tag,
        @Schema(required = true, minimum = "1", description = "Visible, live, not rejected annotations carrying it", example = "7") long count) {
}
