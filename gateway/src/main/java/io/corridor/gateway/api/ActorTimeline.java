package io.corridor.gateway.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An actor's relations and the documents that mention it, by date; complete is false when mentions are missing. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Timeline")
public record ActorTimeline(
        List<ActorTimelineEntry> entries,
        @Schema(description = "Where mentions come from: accepted identifying annotations where a document has them, detection "
                + "(the registry's aliases run over the texts the caller may read) elsewhere; detection alone when the "
                + "annotations cannot be read", enumeration = { "annotations+detection", "detection" }) String mentionSource,
        @Schema(description = "Documents whose text was looked at", example = "5") int documents,
        @Schema(description = "False when some or all documents could not be read: mentions are then missing") boolean complete,
        @Schema(description = "Why mentions are missing, when they are") String note) {
}
