package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's decision to hide or show an annotation. */
@Schema(name = "AnnotationModeration")
public record ModerationChange(
        @Schema(required = true, description = "true hides the annotation's bodies from everyone but its creator and curators") Boolean hidden,
        @Schema(description = "Why; kept in the history and shown to the creator", maxLength = 2000) String reason) {
}
