package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a member flags an annotation. */
@Schema(name = "AnnotationFlagRequest")
public record FlagRequest(
        @Schema(required = true, minLength = 1, maxLength = 2000, example = "insulting wording") String reason) {
}
