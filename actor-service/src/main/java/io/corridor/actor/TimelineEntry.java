package io.corridor.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;

/** One dated event in an actor's history: for now, a relation beginning (and possibly ending). */
@Schema(name = "TimelineEntry")
public record TimelineEntry(PartialDate start, PartialDate end, String type, RelationView relation) {
}
