package io.corridor.gateway.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/** An actor or policy instrument of the registry. */
// absent rather than null: optional members are left out
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Actor")
public record Actor(
        @Schema(example = "1") Long id,
        @Schema(example = "hcme") String key,
        @Schema(example = "actor", enumeration = { "actor", "instrument" }) String family,
        @Schema(example = "diaspora_institution") String kind,
        @Schema(example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Schema(example = "fr") String language,
        @Schema(description = "Preferred names in other languages") List<ActorName> names,
        List<String> aliases,
        List<String> acronyms,
        @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country,
        PartialDate start,
        PartialDate end,
        String description,
        @Schema(description = "Wikidata item", example = "Q912") String wikidata,
        String isni,
        String viaf,
        @Schema(description = "accepted, or proposed until a curator accepts it", example = "accepted") String status,
        @Schema(description = "Set when merged into another actor; this id then answers 308 there") Long mergedInto,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to change the actor") long version,
        @Schema(example = "curator") String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) {
}
