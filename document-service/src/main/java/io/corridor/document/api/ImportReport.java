package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import stored: created = anchored + orphaned; the rest is rejected, row by row. */
@Schema(name = "AnnotationImportReport", description = "What an import of W3C JSON-LD or Hypothesis rows stored: created = anchored + orphaned; the rest is rejected, row by row.")
public record ImportReport(
        @Schema(required = true, minimum = "0", description = "Annotations stored, created by the caller (the original author is kept as the generator)", example = "4") int created,
        @Schema(required = true, minimum = "0", description = "Of those, found in our text (exactly or approximately) and anchored there", example = "3") int anchored,
        @Schema(required = true, minimum = "0", description = "Of those, whose quote is not in our text: stored orphaned, listed at /api/v1/documents/{id}/orphans", example = "1") int orphaned,
        @Schema(required = true, description = "Annotations of the import that were not stored, each with its index and why") List<ImportRejection> rejected) {
}
