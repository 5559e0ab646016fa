package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a run of the suggester stored. */
@Schema(name = "SuggestionReport", description = "What a run of the actor-mention detection stored as proposed identifying annotations.")
public record SuggestionResult(
        @Schema(required = true, minimum = "0", description = "Proposed identifying annotations stored by corridor-suggester", example = "14") int created,
        @Schema(required = true, minimum = "0", description = "Mentions not stored: already suggested on this version (same passage and actor, whatever its status), or ambiguous (an alias of several actors)", example = "3") int skipped) {
}
