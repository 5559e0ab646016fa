package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;

/** One dated event in an actor's history. */
@Schema(name = "TimelineEntry")
public record ActorTimelineEntry(PartialDate start, PartialDate end, @Schema(example = "relation") String type,
        Relation relation) {
}
