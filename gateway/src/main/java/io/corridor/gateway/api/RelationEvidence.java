package io.corridor.gateway.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What backs a relation: an annotation IRI and/or the quote it marks, in a document. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Evidence")
public record RelationEvidence(
        @Size(max = 2000) @Schema(description = "IRI of the Web Annotation") String annotation,
        @Size(max = 500) @Schema(description = "The document quoted", example = "soukouna-etat-malien-negociations-migrations.txt") String document,
        @Size(max = 5000) @Schema(example = "l’AME s’est alliée au Forum pour un autre Mali") String quote) {
}
