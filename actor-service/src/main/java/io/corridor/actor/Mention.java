package io.corridor.actor;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One place where a text names an actor. Offsets count code points of the text (end exclusive).
 * When the alias belongs to several actors, actorId is null, candidates lists them all and
 * ambiguous is true.
 */
@Schema(name = "Mention")
public record Mention(
        @Schema(description = "The actor named, null when ambiguous") Long actorId,
        @Schema(description = "First code point") int start,
        @Schema(description = "Code point after the last") int end,
        @Schema(description = "The text as written there") String exact,
        @Schema(description = "The registered alias that matched") String alias,
        boolean ambiguous,
        @Schema(description = "Every actor this alias belongs to") List<Long> candidates) {
}
