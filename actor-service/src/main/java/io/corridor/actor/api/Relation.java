package io.corridor.actor.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.Predicate;
import io.corridor.actor.Status;
import io.corridor.support.concurrency.Versioned;
import io.corridor.support.time.PartialDate;

/** A relation as the API shows it, with both ends named. */
@Schema(name = "Relation", requiredProperties = { "id", "subject", "predicate", "object", "confidence", "status", "evidence",
        "version", "createdBy", "createdAt" })
public record Relation(
        @Schema(example = "7") long id,
        ActorRef subject,
        @Schema(example = "allied_with") Predicate predicate,
        ActorRef object,
        @Schema(description = "Popolo post or role of a membership", example = "président") String role,
        @Schema(description = "The post of the object held (Popolo membership)") PostRef post,
        @Schema(description = "Whom the subject represents there (Popolo on_behalf_of)") ActorRef onBehalfOf,
        PartialDate start,
        PartialDate end,
        @Schema(description = "Uncertainty: it began no earlier than this day") LocalDate notBefore,
        @Schema(description = "Uncertainty: it began no later than this day") LocalDate notAfter,
        @Schema(description = "0 to 1", minimum = "0", maximum = "1", example = "1") double confidence,
        @Schema(example = "accepted") Status status,
        List<Evidence> evidence,
        @Schema(description = "Also sent as the ETag") long version,
        @Schema(example = "curator") String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) implements Versioned {
}
