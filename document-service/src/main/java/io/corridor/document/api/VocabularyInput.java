package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vocabulary as a client writes it in JSON (create or replace); SKOS Turtle and JSON-LD are read into the same. */
@Schema(name = "VocabularyInput", requiredProperties = { "title" })
public record VocabularyInput(
        @Schema(maxLength = 2000, description = "The skos:ConceptScheme IRI; minted as urn:uuid:… when left out",
                example = "https://corridor.example/migration") String iri,
        @Schema(maxLength = 500, example = "Gouvernance des migrations") String title,
        @Schema(maxLength = 100, pattern = "^[A-Za-z0-9._-]{1,100}$", description = "The owning team; absent: shared with "
                + "every reader (admins only). Kept on replace.", example = "sahel-team") String team,
        @Schema(maxItems = 5000, description = "Every concept (a replace sends them all)") List<ConceptView> concepts) {
}
