package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One place where a text names an actor. Offsets count code points (end exclusive) of the text
 * sent, or of the text the document-service serves for a document.
 */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Mention")
public record Mention(
        @Schema(description = "The actor named; absent when the alias is ambiguous") Long actorId,
        @Schema(description = "First code point") int start,
        @Schema(description = "Code point after the last") int end,
        @Schema(description = "The text as written there") String exact,
        @Schema(description = "The registered alias that matched") String alias,
        @Schema(description = "True when the alias belongs to several actors") boolean ambiguous,
        @Schema(description = "Every actor the alias belongs to") List<Long> candidates) {
}
