package io.corridor.actor.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.Status;
import io.corridor.support.concurrency.Versioned;
import io.corridor.support.time.PartialDate;

/** A Popolo post as the API shows it: the position, its organization, and its holders over time (empty: vacant). */
@Schema(name = "Post", requiredProperties = { "id", "organization", "label", "holders", "evidence", "status", "version",
        "createdBy", "createdAt" })
public record Post(
        @Schema(example = "4") long id,
        ActorRef organization,
        @Schema(example = "Ministre des Maliens de l'extérieur") String label,
        @Schema(example = "ministre") String role,
        String description,
        @Schema(description = "When the post was created") PartialDate start,
        @Schema(description = "When the post was abolished") PartialDate end,
        LocalDate notBefore,
        LocalDate notAfter,
        @Schema(description = "Its holders by start date, undated last; none: the post is vacant, as far as the registry knows") List<Holder> holders,
        @Schema(description = "The holders in office at the date asked for (?at=), else absent") List<Holder> heldAt,
        List<Evidence> evidence,
        Status status,
        @Schema(description = "Also sent as the ETag") long version,
        String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) implements Versioned {
}
