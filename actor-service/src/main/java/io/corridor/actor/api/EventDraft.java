package io.corridor.actor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.EventKind;
import io.corridor.support.time.PartialDate;

/** What a client sends to record or replace an event. Optional members may be left out or sent as null. */
@Schema(name = "EventDraft")
public record EventDraft(
        @NotNull @Schema(required = true, example = "high_level_dialogue") EventKind kind,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Dialogue de haut niveau Mali–UE sur les migrations") String title,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT,
                nullable = true, example = "2016-12-11") PartialDate start,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT
                + "; the end of a span", nullable = true) PartialDate end,
        // Days as text: Jackson would read a number as a day since 1970 and an empty array as no date.
        @Pattern(regexp = DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: no earlier than this day", pattern = DAY, example = "2016-12-10", nullable = true) String notBefore,
        @Pattern(regexp = DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: no later than this day", pattern = DAY, example = "2016-12-12", nullable = true) String notAfter,
        @Size(max = 300) @Schema(example = "Bamako", nullable = true) String place,
        @Size(max = 5000) @Schema(nullable = true) String description,
        @Size(max = 200) @Schema(nullable = true) List<@NotNull @Valid ParticipantDraft> participants,
        @Size(max = 100) @Schema(nullable = true) List<@NotNull @Valid InstrumentActionDraft> instruments,
        @Size(max = 100) @Schema(nullable = true) List<@NotNull @Valid Evidence> evidence) implements Uncertain {

    static final String DAY = Days.DAY;

    public List<ParticipantDraft> participantsOrEmpty() {
        return participants == null ? List.of() : participants;
    }

    public List<InstrumentActionDraft> instrumentsOrEmpty() {
        return instruments == null ? List.of() : instruments;
    }

    public List<Evidence> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }
}
