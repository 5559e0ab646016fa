package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of an assignment's state, or of a document's workflow state. */
@Schema(name = "WorkflowStateChange")
public record StateChange(
        @Schema(required = true, description = "An assignment: new, in_progress or finished; a document: annotating, curating or curated",
                maxLength = 20, example = "in_progress") String state) {
}
