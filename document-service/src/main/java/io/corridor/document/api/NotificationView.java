package io.corridor.document.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Something that happened that the caller should know, pointing to its document and annotation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Notification")
public record NotificationView(
        @Schema(required = true, description = "Also the SSE event id of the live stream", example = "42") long id,
        @Schema(required = true, enumeration = { "mentioned", "replied", "assigned", "flagged", "hidden", "accepted", "rejected",
                "new_version" }) String type,
        @Schema(required = true, description = "Who caused it", example = "annotator2") String actor,
        @Schema(required = true, description = "The document's IRI") String document,
        @Schema(description = "The annotation's IRI (a mention, a reply, a flag, a moderation, a status)") String annotation,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) boolean read) {
}
