package io.corridor.gateway.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/** subject — predicate → object, from start to end, with its evidence. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Relation")
public record Relation(
        long id,
        ActorRef subject,
        @Schema(example = "allied_with") String predicate,
        ActorRef object,
        @Schema(description = "Popolo post or role of a membership") String role,
        PartialDate start,
        PartialDate end,
        double confidence,
        @Schema(example = "accepted") String status,
        List<RelationEvidence> evidence,
        @Schema(description = "Also sent as the ETag") long version,
        String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) {
}
