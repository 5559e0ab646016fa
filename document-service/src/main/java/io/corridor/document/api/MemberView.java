package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member to mention: user name, display name and IRI (the source of a mention body). */
@Schema(name = "Member")
public record MemberView(
        @Schema(required = true, description = "The member's IRI, the source of a mention body",
                example = "http://localhost:8080/api/v1/members/annotator2") String id,
        @Schema(required = true, example = "annotator2") String username,
        @Schema(required = true, description = "The name of their last token", example = "Élodie Annotatrice") String name) {
}
