package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One annotation of a curation unit: an annotator's version, or the curated one. */
@Schema(name = "CurationVersion", description = "One annotation of a unit as the curator compares it")
public record CurationVersionView(
        @Schema(required = true, description = "The annotation's IRI", example = "http://localhost:8080/api/v1/annotations/3f1c0a52-9d1e-4b8a-a0b5-3c7d2e8f9a10") String annotation,
        @Schema(required = true, description = "Who wrote it (for the curated layer, the curator)", example = "annotator2") String creator,
        @Schema(required = true, minimum = "0", description = "Start offset in code points of the latest version (included)", example = "120") int start,
        @Schema(required = true, minimum = "1", description = "End offset in code points (excluded)", example = "164") int end,
        @Schema(required = true, description = "Its passage (at most 200 code points, cut with …)", example = "readmission agreement") String quote,
        @Schema(required = true, description = "Its motivation", example = "tagging") String motivation,
        @Schema(required = true, description = "Its labels, sorted: actor:<id>, tag:<tag>, concept:<iri>", example = "[\"tag:readmission\"]") List<String> labels,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(required = true, nullable = true, description = "The start of its comment (at most 200 code points), null without one",
                example = "the clause the ministry refused") String comment) {
}
