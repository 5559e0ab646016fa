package io.corridor.document.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Whether a team's annotations wait for a curator before others see them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TeamModeration")
public record TeamModeration(
        @Schema(required = true, example = "sahel-team") String team,
        @Schema(required = true, description = "New annotations of non-curators of the team are pending until a curator accepts them")
        Boolean premoderated,
        @Schema(description = "Who set it last (absent: never set)") String changedBy,
        @Schema(description = "When") OffsetDateTime changedAt) {
}
