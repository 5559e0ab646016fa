package io.corridor.actor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One candidate of a reconciliation answer: an actor, how well it matches, and whether it surely is the one. */
@Schema(name = "ReconciliationCandidate", requiredProperties = { "id", "name", "type", "score", "match" })
public record ReconciliationCandidate(
        @Schema(description = "The actor id, as text (the API's identifiers are strings)", example = "28") String id,
        @Schema(description = "Its display name") String name,
        @Schema(description = "Its kind") List<ReconciliationType> type,
        @Schema(description = "0 to 100, best first", minimum = "0", maximum = "100") double score,
        @Schema(description = "True when this is surely the actor meant: a registered name, alias or acronym equals the "
                + "query (case and accents aside), it names no other actor, and no property given contradicts it") boolean match,
        @Schema(description = "Country, dates and description, when known") String description) {
}
