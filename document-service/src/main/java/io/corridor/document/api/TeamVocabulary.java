package io.corridor.document.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The vocabulary a team's members must tag with (free tags then answer 422); null: free tags allowed. */
@Schema(name = "TeamVocabulary", requiredProperties = { "team" })
public record TeamVocabulary(
        @Schema(example = "sahel-team") String team,
        @Schema(nullable = true, description = "The required vocabulary's id; null: none required") UUID vocabulary) {
}
