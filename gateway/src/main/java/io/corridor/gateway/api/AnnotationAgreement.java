package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the annotators of a document agree on which passages name which actors and carry which tags. */
@Schema(name = "AnnotationAgreement", description = "Inter-annotator agreement over spans × labels (actor ids of "
        + "identifying annotations, tags of tagging ones): Cohen's kappa per pair of annotators, Krippendorff's alpha "
        + "over all of them. Absent coefficients could not be computed (fewer than two annotators, or no variation).")
public record AnnotationAgreement(
        @Schema(description = "The document's id", example = "12") Long document,
        @Schema(description = "The annotators compared") List<String> annotators,
        @Schema(description = "Krippendorff's alpha (nominal) over every annotator", example = "0.71") Double alpha,
        @Schema(description = "Cohen's kappa of each pair") List<Pair> pairs) {

    @Schema(name = "AnnotationAgreementPair")
    public record Pair(
            @Schema(example = "annotator") String a,
            @Schema(example = "annotator2") String b,
            @Schema(example = "0.8") Double kappa) {
    }
}
