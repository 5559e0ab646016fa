package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Agreement on one category (label) of a document, as INCEpTION reports it through DKPro Agreement. */
@Schema(name = "AnnotationCategoryAgreement", description = "Agreement of all annotators on one category (label). Fleiss' kappa, "
        + "Gwet's AC1 and Krippendorff's alpha judge each covered code point: did each annotator put this category on it "
        + "(1) or not (0)? Unitizing alpha compares the spans themselves over the whole text. Each coefficient is 1 for "
        + "perfect agreement, 0 for agreement at chance level, negative for systematic disagreement; null when undefined "
        + "(fewer than two annotators, or a single value everywhere).")
public record CategoryAgreementView(
        @Schema(required = true, description = "The category: actor:<id> for an identifying link, tag:<tag> for a tag", example = "tag:diaspora") String category,
        @Schema(required = true, minimum = "0", description = "Number of units of the coding measures: code points any annotator covered", example = "920") long units,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(required = true, nullable = true, maximum = "1", description = "Fleiss' kappa (1971), multi-rater kappa with chance from the pooled "
                + "proportions; at most 1, negative below chance; null when undefined", example = "0.61") Double fleissKappa,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(required = true, nullable = true, minimum = "-1", maximum = "1", description = "Gwet's AC1 (2008), multi-rater agreement whose "
                + "chance term does not collapse when one value dominates (the kappa paradox); from -1 to 1; null when "
                + "undefined", example = "0.74") Double gwetAc1,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(required = true, nullable = true, maximum = "1", description = "Krippendorff's alpha, nominal; at most 1, 0.8 reliable, 0.667 the "
                + "lowest for tentative conclusions; null when undefined", example = "0.6") Double krippendorffAlpha,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(required = true, nullable = true, maximum = "1", description = "Krippendorff's unitizing alpha (1995) over the spans' boundaries "
                + "on the whole text (code points): scores where each annotator's spans begin and end; at most 1; null when "
                + "undefined", example = "0.55") Double unitizingAlpha,
        @Schema(required = true, minimum = "0", description = "Number of stretches where the annotators split on this category", example = "3") int disagreementCount,
        @Schema(required = true, description = "The first stretches where the annotators split (at most 50), in text order") List<DisagreementView> disagreements) {
}
