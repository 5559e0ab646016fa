package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of text on which annotators split about one category. */
@Schema(name = "AnnotationDisagreement", description = "A stretch of the latest version's text on which some annotators put the category and others did not")
public record DisagreementView(
        @Schema(required = true, minimum = "0", description = "Start offset in code points (included)", example = "120") int start,
        @Schema(required = true, minimum = "1", description = "End offset in code points (excluded)", example = "164") int end,
        @Schema(required = true, description = "The stretch's text (at most 200 code points, cut with …)", example = "readmission agreement") String quote,
        @Schema(required = true, description = "Annotators who put the category on the stretch") List<String> markedBy,
        @Schema(required = true, description = "Annotators who did not") List<String> unmarkedBy) {
}
