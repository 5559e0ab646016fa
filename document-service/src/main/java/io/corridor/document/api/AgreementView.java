package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Inter-annotator agreement on one version of a document. */
@Schema(name = "AnnotationAgreement", description = "Inter-annotator agreement on the latest version of a document. Units are code points × labels: each code point of the version that an "
        + "annotator covered, for each label (actor:<id> for an identifying link, tag:<tag> for a tag, concept:<iri> for a vocabulary concept); an annotator's "
        + "value is 1 when one of their annotations with that label covers the code point, else 0. Only visible, "
        + "anchored, not rejected annotations of the latest version count, filtered by tag or motivation when asked. "
        + "Per category, the measures INCEpTION reports (through DKPro Agreement) for any number of annotators.")
public record AgreementView(
        @Schema(required = true, description = "The document's id", example = "12") long document,
        @Schema(required = true, minimum = "1", description = "The version whose annotations are compared (the latest)", example = "2") int version,
        @Schema(required = true, description = "Creators of the compared annotations") List<String> annotators,
        @Schema(required = true, description = "Labels in use", example = "[\"actor:40\", \"tag:diaspora\"]") List<String> labels,
        @Schema(required = true, minimum = "0", description = "Number of units (covered code points × labels)", example = "1840") long units,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(required = true, description = "Krippendorff's alpha (nominal) over all annotators; null when undefined (fewer than two annotators, or a single value everywhere)", nullable = true, example = "0.743") Double krippendorffAlpha,
        @Schema(required = true, description = "Cohen's kappa for each pair of annotators") List<PairView> pairs,
        @Schema(required = true, minimum = "0", description = "Length of the version's text in code points: the continuum of unitizing alpha", example = "5200") int length,
        @Schema(required = true, description = "Fleiss' kappa, Gwet's AC1, Krippendorff's alpha and unitizing alpha for each category, with the stretches where annotators split") List<CategoryAgreementView> categories) {

    @Schema(name = "AnnotationAgreementPair")
    public record PairView(
            @Schema(required = true, minItems = 2, maxItems = 2, description = "The two annotators", example = "[\"annotator\", \"annotator2\"]") List<String> annotators,
            @JsonInclude(JsonInclude.Include.ALWAYS)
            @Schema(required = true, description = "Cohen's kappa over the code points either of them covered and the labels either used; null when undefined", nullable = true, example = "0.4") Double cohenKappa,
            @Schema(required = true, minimum = "0", description = "Number of units of this pair", example = "600") long units) {
    }
}
