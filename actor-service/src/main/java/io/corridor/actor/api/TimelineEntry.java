package io.corridor.actor.api;

import java.util.Comparator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/**
 * One dated event in an actor's history: a relation (from its start to its end) or a document
 * that mentions the actor (at the document's date).
 */
// absent rather than null: a relation entry has no document and the reverse
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineEntry", requiredProperties = "type")
public record TimelineEntry(
        @Schema(description = "A relation's start, or the date of the mentioning document") PartialDate start,
        @Schema(description = "A relation's end") PartialDate end,
        @Schema(description = "relation or mention", enumeration = { "relation", "mention" }, example = "relation") String type,
        @Schema(description = "For type relation") Relation relation,
        @Schema(description = "For type mention: the document and what was found in it") MentionedIn document) {

    /** By date, undated last; at the same date relations before mentions. */
    public static final Comparator<TimelineEntry> BY_DATE = Comparator
            .comparing(TimelineEntry::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::type, Comparator.reverseOrder());

    public static TimelineEntry of(Relation relation) {
        return new TimelineEntry(relation.start(), relation.end(), "relation", relation, null);
    }

    public static TimelineEntry of(PartialDate date, MentionedIn document) {
        return new TimelineEntry(date, null, "mention", null, document);
    }
}
