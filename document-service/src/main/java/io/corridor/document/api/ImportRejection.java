package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An annotation of an import that was not stored, and why. */
@Schema(name = "AnnotationImportRejection")
public record ImportRejection(
        @Schema(required = true, minimum = "0", description = "Index (from 0) of the annotation among those of the import: items of a page or collection, rows of a Hypothesis export, or elements of an array", example = "3") int row,
        @Schema(required = true, description = "Why it was not stored", example = "no TextQuoteSelector: a page note or a reply has no passage to anchor") String detail) {
}
