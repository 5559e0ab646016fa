package io.corridor.document.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A document's workflow state, the moves a curator may make from it, and who made the last one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentWorkflow")
public record WorkflowView(
        @Schema(required = true, example = "12") long documentId,
        @Schema(required = true, enumeration = { "annotating", "curating", "curated" }) String state,
        @Schema(required = true, description = "The states a curator may move it to next") List<String> allowed,
        @Schema(description = "Who moved it last (absent: never moved)") String changedBy,
        @Schema(description = "When it was moved last") OffsetDateTime changedAt) {
}
