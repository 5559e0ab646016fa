package io.corridor.actor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.Predicate;
import io.corridor.support.time.PartialDate;

/** What a client sends to record or replace a relation. Optional members may be left out or sent as null. */
@Schema(name = "RelationDraft")
public record RelationDraft(
        @NotNull @Schema(required = true, description = "Actor id", example = "1") Long subject,
        @NotNull @Schema(required = true, example = "allied_with") Predicate predicate,
        @NotNull @Schema(required = true, description = "Actor or instrument id", example = "2") Long object,
        @Size(max = 200) @Schema(description = "Popolo post or role of a membership", example = "président", nullable = true) String role,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT,
                nullable = true, example = "2009") PartialDate start,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT,
                nullable = true) PartialDate end,
        @Schema(description = "A post of the object that the subject holds (Popolo membership post_id)", example = "4",
                nullable = true) Long post,
        @Schema(description = "Whom the subject represents there (Popolo on_behalf_of): a party, a state", nullable = true) Long onBehalfOf,
        @Pattern(regexp = Days.DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: it began no earlier than this day", pattern = Days.DAY, nullable = true) String notBefore,
        @Pattern(regexp = Days.DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: it began no later than this day", pattern = Days.DAY, nullable = true) String notAfter,
        @DecimalMin(value = "0", message = "must be between 0 and 1") @DecimalMax(value = "1", message = "must be between 0 and 1")
        @Schema(description = "0 to 1, default 1", example = "0.9", nullable = true) Double confidence,
        @Size(max = 100) @Schema(nullable = true) List<@NotNull @Valid Evidence> evidence) implements Uncertain {

    public List<Evidence> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
