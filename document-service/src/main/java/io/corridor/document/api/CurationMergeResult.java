package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an auto-merge did. */
@Schema(name = "CurationMergeResult", description = "Units merged into the curated layer now, skipped (already curated) and "
        + "left to the curator (disagreed or single)")
public record CurationMergeResult(
        @Schema(required = true, minimum = "0", example = "12") int merged,
        @Schema(required = true, minimum = "0", example = "8") int skipped,
        @Schema(required = true, minimum = "0", example = "5") int disagreed,
        @Schema(required = true, description = "IRIs of the curated annotations created") List<String> annotations) {
}
