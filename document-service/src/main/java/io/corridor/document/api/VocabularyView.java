package io.corridor.document.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.concurrency.Versioned;

/** A vocabulary with its concepts (in the listing, without them); {@code version} is its ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Vocabulary", requiredProperties = { "id", "iri", "title", "version" })
public record VocabularyView(
        UUID id,
        @Schema(example = "https://corridor.example/migration") String iri,
        @Schema(example = "Gouvernance des migrations") String title,
        @Schema(description = "The owning team; absent: shared") String team,
        @Schema(description = "The revision, the ETag's value") long version,
        @Schema(description = "Number of concepts") int conceptCount,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime modifiedAt,
        @Schema(description = "Every concept, broader before narrower (absent in the listing)") List<ConceptView> concepts)
        implements Versioned {
}
