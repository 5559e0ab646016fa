package io.corridor.document.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The vocabulary a team's members must tag with (free tags then answer 422); null: free tags allowed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TeamVocabulary", description = "In a request only vocabulary counts (the team is the path's)")
public record TeamVocabulary(
        @Schema(example = "sahel-team") String team,
        @Schema(description = "The required vocabulary's id; absent (or null in a request): none required") UUID vocabulary) {
}
