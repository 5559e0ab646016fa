package io.corridor.actor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;

/** What a client sends to record or replace a post. Optional members may be left out or sent as null. */
@Schema(name = "PostDraft")
public record PostDraft(
        @NotNull @Schema(required = true, description = "The organization the post is in (an actor id)", example = "12") Long organization,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Ministre des Maliens de l'extérieur") String label,
        @Size(max = 200) @Schema(description = "The function its holder fulfils", example = "ministre", nullable = true) String role,
        @Size(max = 5000) @Schema(nullable = true) String description,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT
                + "; when the post was created", nullable = true, example = "2004") PartialDate start,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT
                + "; when the post was abolished", nullable = true) PartialDate end,
        @Pattern(regexp = Days.DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: created no earlier than this day", pattern = Days.DAY, nullable = true) String notBefore,
        @Pattern(regexp = Days.DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: created no later than this day", pattern = Days.DAY, nullable = true) String notAfter,
        @Size(max = 100) @Schema(nullable = true) List<@NotNull @Valid Evidence> evidence) implements Uncertain {

    public List<Evidence> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
