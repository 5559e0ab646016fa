package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many notifications were unread and are read now. */
@Schema(name = "NotificationsReadResult")
public record ReadResult(@Schema(required = true, minimum = "0", example = "3") int marked) {
}
