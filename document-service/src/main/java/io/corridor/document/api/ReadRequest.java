package io.corridor.document.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which of the caller's notifications to mark read: some ids, or all. */
@Schema(name = "NotificationsRead", description = "ids, or all: true")
public record ReadRequest(
        @Schema(description = "The notifications' ids (at most 1000); others' or unknown ids are ignored", maxItems = 1000)
        List<Long> ids,
        @Schema(description = "true: every notification of the caller") Boolean all) {
}
