package io.corridor.actor.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.EventKind;
import io.corridor.actor.Status;
import io.corridor.support.concurrency.Versioned;
import io.corridor.support.time.PartialDate;

/** An event as the API shows it: when and where, who took part for whom, what was negotiated or signed, and the evidence. */
@Schema(name = "Event", requiredProperties = { "id", "kind", "title", "participants", "instruments", "evidence", "status",
        "version", "createdBy", "createdAt" })
public record Event(
        @Schema(example = "3") long id,
        EventKind kind,
        @Schema(example = "Dialogue de haut niveau Mali–UE sur les migrations") String title,
        @Schema(description = "The date, or the start of the span") PartialDate start,
        @Schema(description = "The end of the span; absent for a date") PartialDate end,
        @Schema(description = "year, month or day: how precisely the start is known", enumeration = { "year", "month", "day" }) String precision,
        @Schema(description = "Uncertainty: it took place no earlier than this day") LocalDate notBefore,
        @Schema(description = "Uncertainty: it took place no later than this day") LocalDate notAfter,
        @Schema(example = "Bamako") String place,
        String description,
        List<Participant> participants,
        List<InstrumentAction> instruments,
        List<Evidence> evidence,
        Status status,
        @Schema(description = "Also sent as the ETag") long version,
        String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) implements Versioned {
}
