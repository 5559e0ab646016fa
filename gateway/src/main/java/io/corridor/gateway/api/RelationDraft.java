package io.corridor.gateway.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;

/** What a client sends to record or replace a relation. */
@Schema(name = "RelationDraft")
public record RelationDraft(
        @NotNull @Schema(required = true, description = "Actor id") Long subject,
        @NotNull @Schema(required = true, example = "allied_with", enumeration = { "part_of", "member_of", "leader_of",
                "adviser_to", "allied_with", "opposes", "supports", "refuses", "promotes", "signs", "funds", "implements",
                "negotiates_with", "visits", "partner_of", "succeeded_by" }) String predicate,
        @NotNull @Schema(required = true, description = "Actor or instrument id") Long object,
        @Size(max = 200) @Schema(description = "Popolo post or role of a membership", example = "président") String role,
        @Schema(example = "2009") PartialDate start,
        PartialDate end,
        @DecimalMin(value = "0", message = "must be between 0 and 1") @DecimalMax(value = "1", message = "must be between 0 and 1")
        @Schema(description = "0 to 1, default 1", example = "0.9") Double confidence,
        @Size(max = 100) List<@NotNull @Valid RelationEvidence> evidence) {
}
