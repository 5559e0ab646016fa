package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/** One dated event in an actor's history. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TimelineEntry")
public record ActorTimelineEntry(PartialDate start, PartialDate end, @Schema(example = "relation") String type,
        Relation relation) {
}
