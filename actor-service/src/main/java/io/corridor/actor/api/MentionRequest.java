package io.corridor.actor.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Either a text or the id of a document whose text the document-service serves. */
@Schema(name = "MentionRequest", description = "Either text or documentId")
public record MentionRequest(
        @Size(max = 5_000_000) @Schema(example = "La Délégation générale des Maliens de l'extérieur (DGME) ...", nullable = true) String text,
        @Schema(description = "Id of a document", nullable = true) Long documentId) {
}
