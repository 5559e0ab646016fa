package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document's annotators' versions side by side, unit by unit, with its curated layer. */
@Schema(name = "Curation", description = "The units of the latest version in text order, each with every annotator's version "
        + "and its curated annotation; only visible, anchored, not rejected annotations of the latest version are compared, "
        + "filtered by tag or motivation when asked")
public record CurationView(
        @Schema(required = true, description = "The document's id", example = "12") long document,
        @Schema(required = true, minimum = "1", description = "The version compared (the latest)", example = "2") int version,
        @Schema(required = true, description = "Creators of the compared annotations, sorted", example = "[\"annotator\", \"annotator2\", \"annotator3\"]") List<String> annotators,
        @Schema(required = true, description = "Units per state (all of them, whatever the state asked)") CurationCounts counts,
        @Schema(required = true, description = "The units, in text order (of the state asked, if any)") List<CurationUnitView> units) {
}
