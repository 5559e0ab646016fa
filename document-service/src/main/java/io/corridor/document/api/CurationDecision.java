package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's choice for one unit: an annotator's version, as it is or edited. */
@Schema(name = "CurationDecision", description = "The annotator's annotation to take as the curated version of its unit. "
        + "start and end (both or neither) move its span; tags replace its free tags")
public record CurationDecision(
        @Schema(required = true, maxLength = 2000, description = "The annotation's uuid or IRI",
                example = "3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10") String annotation,
        @Schema(minimum = "0", description = "Edited start, in code points of the latest version", example = "118") Integer start,
        @Schema(minimum = "1", description = "Edited end (excluded)", example = "164") Integer end,
        @Schema(maxItems = 50, description = "Edited free tags (each 1 to 100 characters), in place of the version's",
                example = "[\"readmission\"]") List<String> tags) {
}
