package io.corridor.document.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Inter-annotator agreement on one version of a document. */
@Schema(name = "Agreement", description = "Units are code points × labels: each code point of the version that an "
        + "annotator covered, for each label (actor:<id> for an identifying link, tag:<tag> for a tag); an annotator's "
        + "value is 1 when one of their annotations with that label covers the code point, else 0. Only visible, "
        + "anchored, not rejected annotations of the latest version count.")
public record AgreementView(
        @Schema(example = "12") long document,
        @Schema(description = "The version whose annotations are compared (the latest)", example = "2") int version,
        @Schema(description = "Creators of the compared annotations") List<String> annotators,
        @Schema(description = "Labels in use", example = "[\"actor:40\", \"tag:diaspora\"]") List<String> labels,
        @Schema(description = "Number of units (covered code points × labels)", example = "1840") long units,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Krippendorff's alpha (nominal) over all annotators; null when undefined (fewer than two annotators, or a single value everywhere)", nullable = true, example = "0.743") Double krippendorffAlpha,
        @Schema(description = "Cohen's kappa for each pair of annotators") List<PairView> pairs) {

    @Schema(name = "AgreementPair")
    public record PairView(
            @Schema(description = "The two annotators") List<String> annotators,
            @JsonInclude(JsonInclude.Include.ALWAYS)
            @Schema(description = "Cohen's kappa over the code points either of them covered and the labels either used; null when undefined", nullable = true, example = "0.4") Double cohenKappa,
            @Schema(description = "Number of units of this pair", example = "600") long units) {
    }
}
