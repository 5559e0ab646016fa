package io.corridor.actor;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.concurrency.Versioned;
import io.corridor.support.time.PartialDate;

/** A relation as the API shows it, with both ends named. */
@Schema(name = "Relation")
public record RelationView(
        long id,
        ActorRef subject,
        Predicate predicate,
        ActorRef object,
        String role,
        PartialDate start,
        PartialDate end,
        double confidence,
        Status status,
        List<EvidenceItem> evidence,
        @Schema(description = "Also sent as the ETag") long version,
        String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) implements Versioned {
}
