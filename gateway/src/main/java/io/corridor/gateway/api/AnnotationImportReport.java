package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of W3C JSON-LD or Hypothesis rows stored. */
@Schema(name = "AnnotationImportReport")
public record AnnotationImportReport(
        @Schema(description = "Annotations stored (created by the caller)", example = "10") int created,
        @Schema(description = "Of those, anchored in the document's text", example = "9") int anchored,
        @Schema(description = "Of those, whose passage was not found: orphans", example = "1") int orphaned,
        @Schema(description = "Rows refused, with the reason") List<Rejected> rejected) {

    @Schema(name = "AnnotationImportRejection")
    public record Rejected(
            @Schema(description = "Index (from 0) of the annotation among those of the import: items of a page or "
                    + "collection, rows of a Hypothesis export, or elements of an array", example = "3") int row,
            @Schema(example = "no selector and no text") String detail) {
    }
}
