package io.corridor.actor.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What backs a relation: an annotation IRI and/or the quote it marks, in a document. */
@Schema(name = "Evidence", description = "At least an annotation or a quote")
public record Evidence(
        @Size(max = 2000) @Schema(description = "IRI of the Web Annotation", nullable = true) String annotation,
        @Size(max = 500) @Schema(description = "The document quoted", example = "soukouna-etat-malien-negociations-migrations.txt", nullable = true) String document,
        @Size(max = 5000) @Schema(example = "l’AME s’est alliée au Forum pour un autre Mali", nullable = true) String quote) {
}
