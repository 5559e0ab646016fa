package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A SKOS concept as the API reads and writes it. {@code narrower} is computed (the inverse of broader) and
 * ignored in requests.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Concept", description = "A SKOS concept: labels in French and English, broader concepts of the same "
        + "vocabulary (narrower is computed), definition and notation. Its IRI is what a tagging body names as source.")
public record ConceptView(
        @Schema(maxLength = 2000, description = "The concept's IRI (absolute); minted as urn:uuid:… when left out on create",
                example = "https://corridor.example/migration/readmission-clause") String iri,
        @Schema(maxLength = 100, example = "2.1.3") String notation,
        @Schema(description = "skos:prefLabel; at least one of fr and en is required") Labels prefLabel,
        @Schema(description = "skos:altLabel") AltLabels altLabel,
        @Schema(description = "skos:definition") Labels definition,
        @Schema(description = "skos:broader: IRIs of concepts of the same vocabulary (no cycles)") List<String> broader,
        @Schema(readOnly = true, description = "skos:narrower, computed from the others' broader") List<String> narrower) {

    /** A text in French and in English (either may be absent). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConceptLabels")
    public record Labels(@Schema(maxLength = 10_000, example = "clause de réadmission") String fr,
            @Schema(maxLength = 10_000, example = "readmission clause") String en) {
    }

    /** Alternative labels in French and in English. */
    @Schema(name = "ConceptAltLabels")
    public record AltLabels(@Schema(maxItems = 50) List<String> fr, @Schema(maxItems = 50) List<String> en) {
    }
}
