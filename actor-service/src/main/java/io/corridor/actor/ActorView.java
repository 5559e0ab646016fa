package io.corridor.actor;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.concurrency.Versioned;
import io.corridor.support.time.PartialDate;

/**
 * An actor or instrument of the registry as the API shows it. Fields without a value are left out, as the
 * gateway's public contract has them, since the gateway passes these bytes on unparsed.
 */
@Schema(name = "Actor")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorView(
        @Schema(example = "1") Long id,
        @Schema(example = "hcme") String key,
        @Schema(example = "actor", enumeration = { "actor", "instrument" }) String family,
        ActorKind kind,
        @Schema(example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Schema(example = "fr") String language,
        @Schema(description = "Preferred names in other languages") List<LocalizedName> names,
        List<String> aliases,
        List<String> acronyms,
        @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country,
        PartialDate start,
        PartialDate end,
        String description,
        String wikidata,
        String isni,
        String viaf,
        Status status,
        @Schema(description = "Set when this entry was merged into another; its id then answers 308") Long mergedInto,
        @Schema(description = "Also sent as the ETag") long version,
        String createdBy,
        OffsetDateTime createdAt,
        String changedBy,
        OffsetDateTime changedAt) implements Versioned {
}
