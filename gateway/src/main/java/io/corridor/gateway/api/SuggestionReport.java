package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a run of the actor-mention detection stored as proposed identifying annotations. */
@Schema(name = "SuggestionReport")
public record SuggestionReport(
        @Schema(description = "Proposed annotations stored", example = "7") int created,
        @Schema(description = "Mentions not stored: already suggested on this version (same passage and actor, whatever "
                + "its status), or ambiguous (an alias of several actors)", example = "0") int skipped) {
}
