package io.corridor.document.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import stored: created = anchored + orphaned; the rest is rejected, row by row. */
@Schema(name = "AnnotationImportReport")
public record ImportReport(
        @Schema(description = "Annotations stored, created by the caller (the original author is kept as the generator)", example = "4") int created,
        @Schema(description = "Of those, found in our text (exactly or approximately) and anchored there", example = "3") int anchored,
        @Schema(description = "Of those, whose quote is not in our text: stored orphaned, listed at /api/v1/documents/{id}/orphans", example = "1") int orphaned,
        @Schema(description = "Annotations of the import that were not stored, each with its index and why") List<ImportRejection> rejected) {
}
