package io.corridor.actor.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.actor.ActorKind;
import io.corridor.actor.Status;
import io.corridor.support.concurrency.Versioned;
import io.corridor.support.time.PartialDate;

/**
 * An actor or instrument of the registry as the API shows it. Fields without a value are left out, as the
 * gateway's public contract has them, since the gateway passes these bytes on unparsed.
 */
@Schema(name = "Actor", requiredProperties = { "id", "family", "kind", "name", "names", "aliases", "acronyms", "status",
        "version", "createdBy", "createdAt" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(
        @Schema(example = "1") Long id,
        @Schema(example = "hcme") String key,
        @Schema(example = "actor", enumeration = { "actor", "instrument" }) String family,
        @Schema(example = "diaspora_institution") ActorKind kind,
        @Schema(example = "Haut Conseil des Maliens de l'Extérieur", description = "The display name; with ?at=, the name "
                + "in use at that date") String name,
        @Schema(example = "fr") String language,
        @Schema(description = "Preferred names in other languages, and names valid over a period") List<LocalizedName> names,
        @Schema(description = "Other names, matched regardless of case and accents") List<String> aliases,
        @Schema(description = "Acronyms; up to five capitals are matched with their case", example = "[\"HCME\"]") List<String> acronyms,
        @Schema(description = "ISO 3166-1 alpha-3", example = "MLI", pattern = Patterns.COUNTRY) String country,
        PartialDate start,
        PartialDate end,
        @Schema(description = "Uncertainty: it began no earlier than this day") LocalDate notBefore,
        @Schema(description = "Uncertainty: it began no later than this day") LocalDate notAfter,
        String description,
        @Schema(description = "Wikidata item", example = "Q912") String wikidata,
        String isni,
        String viaf,
        @Schema(description = "accepted, or proposed until a curator accepts it", example = "accepted") Status status,
        @Schema(description = "Set when merged into another actor; this id then answers 308 there") Long mergedInto,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to change the actor") long version,
        @Schema(example = "curator") String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt,
        @Schema(description = "Sources of the entry and of its statements") List<Evidence> evidence) implements Versioned {
}
