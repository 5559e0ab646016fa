package io.corridor.document.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One annotator's assignment to one document, and where they stand on it. */
@Schema(name = "Assignment")
public record AssignmentView(
        @Schema(required = true, description = "The document's IRI", example = "http://localhost:8080/api/v1/documents/12") String document,
        @Schema(required = true, example = "12") long documentId,
        @Schema(required = true, description = "The annotator's user name", example = "annotator") String assignee,
        @Schema(required = true, enumeration = { "new", "in_progress", "finished" }, example = "in_progress") String state,
        @Schema(required = true, description = "The states the caller may move it to next (a curator may reopen a finished one)")
        List<String> allowed,
        @Schema(required = true, example = "curator") String assignedBy,
        @Schema(required = true) OffsetDateTime assignedAt,
        @Schema(required = true, description = "Who changed the state last") String stateBy,
        @Schema(required = true) OffsetDateTime stateAt) {
}
