package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the annotators of a document agree on which passages name which actors and carry which tags. */
@Schema(name = "AnnotationAgreement", description = "Inter-annotator agreement over code points × labels (actor ids of "
        + "identifying annotations, tags of tagging ones): Cohen's kappa per pair of annotators, Krippendorff's alpha "
        + "(nominal) over all of them. A coefficient is absent when undefined (fewer than two annotators, or one value everywhere).")
public record AnnotationAgreement(
        @Schema(description = "The annotators who labelled anything", example = "[\"annotator\", \"annotator2\"]") List<String> annotators,
        @Schema(description = "The labels in use: actor IRIs or ids, and tags") List<String> labels,
        @Schema(description = "Units compared (code points any annotator covered, weighted)", example = "412") long units,
        @Schema(description = "Krippendorff's alpha over every annotator", example = "0.71") Double alpha,
        @Schema(description = "Cohen's kappa of each pair") List<Pair> pairs) {

    @Schema(name = "AnnotationAgreementPair")
    public record Pair(
            @Schema(example = "annotator") String first,
            @Schema(example = "annotator2") String second,
            @Schema(example = "0.8") Double kappa,
            @Schema(description = "Units compared for this pair", example = "380") long units) {
    }
}
