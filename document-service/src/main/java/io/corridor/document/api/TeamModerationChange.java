package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Turning a team's pre-moderation on or off. */
@Schema(name = "TeamModerationChange")
public record TeamModerationChange(
        @Schema(required = true, description = "true: new annotations of the team's non-curators are pending until a curator accepts them")
        Boolean premoderated) {
}
