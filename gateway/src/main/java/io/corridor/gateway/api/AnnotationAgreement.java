package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the annotators of a document agree on which passages name which actors and carry which tags. */
@Schema(name = "AnnotationAgreement", description = "Inter-annotator agreement on the latest version of a document. Units "
        + "are code points × labels (actor:<id> for an identifying link, tag:<tag> for a tag): an annotator's value is 1 "
        + "when one of their annotations with that label covers the code point, else 0. Only visible, anchored, not "
        + "rejected annotations count. Cohen's kappa per pair of annotators, Krippendorff's alpha (nominal) over all.")
public record AnnotationAgreement(
        @Schema(description = "The document's id", example = "12") long document,
        @Schema(description = "The version whose annotations are compared (the latest)", example = "2") int version,
        @Schema(description = "Creators of the compared annotations") List<String> annotators,
        @Schema(description = "Labels in use", example = "[\"actor:40\", \"tag:diaspora\"]") List<String> labels,
        @Schema(description = "Number of units (covered code points × labels)", example = "1840") long units,
        @Schema(nullable = true, description = "Krippendorff's alpha over every annotator; null when undefined (fewer than "
                + "two annotators, or one value everywhere)", example = "0.743") Double krippendorffAlpha,
        @Schema(description = "Cohen's kappa of each pair") List<Pair> pairs) {

    @Schema(name = "AnnotationAgreementPair")
    public record Pair(
            @Schema(description = "The two annotators", example = "[\"annotator\", \"annotator2\"]") List<String> annotators,
            @Schema(nullable = true, description = "Cohen's kappa over the code points either covered and the labels "
                    + "either used; null when undefined", example = "0.4") Double cohenKappa,
            @Schema(description = "Number of units of this pair", example = "600") long units) {
    }
}
