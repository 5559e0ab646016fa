package io.corridor.document.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of a workload: one document × one annotator, with the document's state and the annotator's count of annotations. */
@Schema(name = "WorkloadItem")
public record WorkloadItem(
        @Schema(required = true, description = "The document's IRI", example = "http://localhost:8080/api/v1/documents/12") String document,
        @Schema(required = true, example = "12") long documentId,
        @Schema(required = true, example = "Accord de réadmission") String title,
        @Schema(required = true, enumeration = { "annotating", "curating", "curated" }) String documentState,
        @Schema(required = true, example = "annotator") String assignee,
        @Schema(required = true, enumeration = { "new", "in_progress", "finished" }) String state,
        @Schema(required = true, minimum = "0", description = "The assignee's live annotations and replies on the document (any visibility: a count only)")
        long annotations,
        @Schema(required = true) String assignedBy,
        @Schema(required = true) OffsetDateTime assignedAt,
        @Schema(required = true) OffsetDateTime stateAt) {
}
