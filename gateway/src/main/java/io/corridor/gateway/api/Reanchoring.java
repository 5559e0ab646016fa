package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new version did to the document's annotations. */
@Schema(name = "Reanchoring", description = "Annotations re-anchored to the new version's text, and those left orphaned "
        + "(kept, flagged, listed at /api/v1/documents/{id}/orphans)")
public record Reanchoring(
        @Schema(example = "23") int anchored,
        @Schema(example = "1") int orphaned) {
}
