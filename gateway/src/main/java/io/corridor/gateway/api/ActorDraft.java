package io.corridor.gateway.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.support.time.PartialDate;
import io.corridor.support.validation.Country;

/**
 * What a client sends to register or replace an actor or a policy instrument. The gateway checks
 * its shape; the actor-service owns the rules (kinds, dates, keys) and checks again.
 */
@Schema(name = "ActorDraft")
public record ActorDraft(
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "must be lower-case letters, digits, '.', '_' or '-', up to 100")
        @Schema(description = "The client's own stable identifier, unique in the registry", example = "hcme") String key,
        @NotNull @Schema(required = true, example = "diaspora_institution", description = "Actors: state … person; "
                + "policy instruments: agreement, policy, programme, fund", enumeration = { "state", "ministry",
                "government_agency", "diaspora_institution", "diaspora_association", "civil_society",
                "international_organization", "regional_organization", "research_institute", "company",
                "military_operation", "armed_group", "person", "agreement", "policy", "programme", "fund" }) String kind,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as fr") @Schema(description = "Language of name", example = "fr") String language,
        @Size(max = 50) @Schema(description = "Preferred names in other languages") List<@NotNull @Valid ActorName> names,
        @Size(max = 200) @Schema(description = "Other names, matched regardless of case and accents") List<@NotBlank @Size(max = 500) String> aliases,
        @Size(max = 50) @Schema(description = "Acronyms; up to five capitals are matched with their case", example = "[\"HCME\"]") List<@NotBlank @Size(max = 100) String> acronyms,
        @Country @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country,
        @Schema(example = "1991") PartialDate start,
        PartialDate end,
        @Size(max = 5000) String description,
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q912") @Schema(example = "Q912") String wikidata,
        @Pattern(regexp = "[0-9]{15}[0-9X]", message = "must be 16 ISNI characters without spaces") String isni,
        @Pattern(regexp = "[1-9][0-9]{0,21}", message = "must be a VIAF number") String viaf) {
}
