package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document that names an actor: which version was read, how often it names the actor, and where first. */
@Schema(name = "MentionedIn", requiredProperties = { "id", "version", "source", "mentions", "ambiguous", "first" })
public record MentionedIn(
        @Schema(description = "Document id", example = "12") long id,
        String title,
        @Schema(description = "The version whose text was read (or that the first annotation marks)", example = "1") int version,
        @Schema(description = "annotation: accepted identifying annotations say so (curated); detection: the registry's aliases found in the text",
                enumeration = { "annotation", "detection" }, example = "detection") String source,
        @Schema(description = "Mentions of this actor in that text (ambiguous ones included), or accepted annotations", example = "3") int mentions,
        @Schema(description = "How many of them are aliases shared with other actors", example = "0") int ambiguous,
        @Schema(description = "The first mention, offsets in code points of that version's text") Mention first) {
}
