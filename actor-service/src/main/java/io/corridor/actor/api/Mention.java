package io.corridor.actor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One place where a text names an actor. Offsets count code points of the text (end exclusive).
 * When the alias belongs to several actors, actorId is null, candidates lists them all and
 * ambiguous is true.
 */
@Schema(name = "Mention", requiredProperties = { "start", "end", "ambiguous", "candidates" })
public record Mention(
        @Schema(description = "The actor named; absent when the alias is ambiguous") Long actorId,
        @Schema(description = "First code point") int start,
        @Schema(description = "Code point after the last") int end,
        @Schema(description = "The text as written there") String exact,
        @Schema(description = "The registered alias that matched") String alias,
        @Schema(description = "True when the alias belongs to several actors") boolean ambiguous,
        @Schema(description = "Every actor the alias belongs to") List<Long> candidates) {
}
