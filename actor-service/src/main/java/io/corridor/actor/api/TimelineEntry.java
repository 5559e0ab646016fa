package io.corridor.actor.api;

import java.util.Comparator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/**
 * One dated moment in an actor's history: a relation (from its start to its end), an event it took part in or was
 * represented at, or a document that mentions the actor (at the document's date).
 */
// absent rather than null: a relation entry has no document and the reverse
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineEntry", requiredProperties = "type")
public record TimelineEntry(
        @Schema(description = "A relation's start, or the date of the mentioning document") PartialDate start,
        @Schema(description = "A relation's end") PartialDate end,
        @Schema(description = "relation, event or mention", enumeration = { "relation", "event", "mention" }, example = "relation") String type,
        @Schema(description = "For type relation") Relation relation,
        @Schema(description = "For type event") Event event,
        @Schema(description = "For type mention: the document and what was found in it") MentionedIn document) {

    /** By date, undated last; at the same date relations, then events, then mentions. */
    public static final Comparator<TimelineEntry> BY_DATE = Comparator
            .comparing(TimelineEntry::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::rank);

    private int rank() {
        return switch (type) {
            case "relation" -> 0;
            case "event" -> 1;
            default -> 2;
        };
    }

    public static TimelineEntry of(Relation relation) {
        return new TimelineEntry(relation.start(), relation.end(), "relation", relation, null, null);
    }

    public static TimelineEntry of(Event event) {
        return new TimelineEntry(event.start(), event.end(), "event", null, event, null);
    }

    public static TimelineEntry of(PartialDate date, MentionedIn document) {
        return new TimelineEntry(date, null, "mention", null, null, document);
    }
}
