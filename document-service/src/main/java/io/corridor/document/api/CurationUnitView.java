package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch the annotators marked, their versions of it and its curated annotation. */
@Schema(name = "CurationUnit", description = "Overlapping annotations of the annotators form one unit (spans that only touch are "
        + "two); its curated annotations are those of the curated layer overlapping it")
public record CurationUnitView(
        @Schema(required = true, minimum = "0", description = "Start offset in code points of the latest version (included)", example = "120") int start,
        @Schema(required = true, minimum = "1", description = "End offset in code points (excluded)", example = "164") int end,
        @Schema(required = true, description = "The unit's text (at most 200 code points, cut with …)", example = "readmission agreement") String quote,
        @Schema(required = true, enumeration = { "agreed", "disagreed", "single", "curated" }, description = "agreed: every annotator of "
                + "the document has one version here and all have the same span, motivation and labels; single: one annotator "
                + "alone; curated: the curated layer has an annotation here; else disagreed", example = "disagreed") String state,
        @Schema(required = true, description = "The annotators' versions, oldest first") List<CurationVersionView> versions,
        @Schema(required = true, description = "The curated layer's annotations here (none until curated)") List<CurationVersionView> curated) {
}
