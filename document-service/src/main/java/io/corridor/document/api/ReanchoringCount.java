package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new version did to the document's annotations: how many are anchored in it, how many orphaned. */
@Schema(name = "Reanchoring", description = "The annotations of the document (live passage annotations, not replies) "
        + "after re-anchoring to this version: found in its text, or orphaned (kept, flagged, listed at "
        + "/api/v1/documents/{id}/orphans)")
public record ReanchoringCount(
        @Schema(required = true, minimum = "0", description = "Annotations whose quote was found in the new text, now pointing into it", example = "12") int anchored,
        @Schema(required = true, minimum = "0", description = "Annotations whose quote was not found: kept on their old version, flagged orphaned", example = "1") int orphaned) {
}
