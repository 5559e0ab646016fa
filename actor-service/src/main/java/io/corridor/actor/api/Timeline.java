package io.corridor.actor.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An actor's history by date: its relations and the documents that mention it. When the
 * documents could not all be read, the relations are still there, complete is false and the note
 * says what is missing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Timeline", requiredProperties = { "entries", "mentionSource", "documents", "complete" })
public record Timeline(
        @Schema(description = "By date, undated ones last") List<TimelineEntry> entries,
        @Schema(description = "Where mentions come from: accepted identifying annotations where a document has them, detection "
                + "(the registry's aliases run over the texts the caller may read) elsewhere; detection alone when the "
                + "annotations cannot be read", enumeration = { "annotations+detection", "detection" }, example = "annotations+detection")
        String mentionSource,
        @Schema(description = "Documents whose text was looked at", example = "5") int documents,
        @Schema(description = "False when some or all documents could not be read: mentions are then missing") boolean complete,
        @Schema(description = "Why mentions are missing, when they are") String note) {
}
