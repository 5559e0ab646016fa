package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/** One dated event in an actor's history: a relation, or a document that mentions the actor. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineEntry")
public record ActorTimelineEntry(
        @Schema(description = "A relation's start, or the date of the mentioning document") PartialDate start,
        @Schema(description = "A relation's end") PartialDate end,
        @Schema(description = "relation or mention", enumeration = { "relation", "mention" }, example = "relation") String type,
        @Schema(description = "For type relation") Relation relation,
        @Schema(description = "For type mention: the document and what was found in it") ActorMentionedIn document) {
}
