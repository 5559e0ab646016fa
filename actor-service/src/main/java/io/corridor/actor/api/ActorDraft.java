package io.corridor.actor.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.corridor.actor.ActorKind;
import io.corridor.support.time.PartialDate;
import io.corridor.support.validation.Country;

/**
 * What a client sends to register or replace an actor or instrument; the server sets id, family,
 * status, creator, dates and version. Optional members may be left out or sent as null.
 */
@Schema(name = "ActorDraft")
public record ActorDraft(
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{0,99}$", message = "must be lower-case letters, digits, '.', '_' or '-', up to 100")
        @Schema(description = "The client's own stable identifier, unique in the registry", example = "hcme", nullable = true) String key,
        @NotNull @Schema(required = true, example = "diaspora_institution", description = "Actors: state … person; policy "
                + "instruments: agreement, policy, programme, fund") ActorKind kind,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as fr") @Schema(description = "Language of name", example = "fr", nullable = true) String language,
        @Size(max = 50) @Schema(description = "Preferred names in other languages, and former names with the period they were in use",
                nullable = true) List<@NotNull @Valid LocalizedName> names,
        @Size(max = 200) @Schema(description = "Other names, matched regardless of case and accents",
                example = "[\"Haut Conseil des Maliens de l'étranger\"]", nullable = true) List<@NotBlank @Size(max = 500) String> aliases,
        @Size(max = 50) @Schema(description = "Acronyms; up to five capitals are matched with their case", example = "[\"HCME\"]",
                nullable = true) List<@NotBlank @Size(max = 100) String> acronyms,
        @Country @Schema(description = "ISO 3166-1 alpha-3", example = "MLI", pattern = Patterns.COUNTRY, nullable = true) String country,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT,
                nullable = true, example = "1991") PartialDate start,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT,
                nullable = true) PartialDate end,
        @Pattern(regexp = Days.DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: it began (was founded, born) no earlier than this day", pattern = Days.DAY,
                nullable = true) String notBefore,
        @Pattern(regexp = Days.DAY, message = "must be a day, YYYY-MM-DD")
        @Schema(description = "Uncertainty: it began no later than this day", pattern = Days.DAY, nullable = true) String notAfter,
        @Size(max = 5000) @Schema(nullable = true) String description,
        @Pattern(regexp = "^Q[1-9][0-9]*$", message = "must be a Wikidata item id such as Q912") @Schema(description = "Wikidata item", example = "Q912", nullable = true) String wikidata,
        @Pattern(regexp = "^[0-9]{15}[0-9X]$", message = "must be 16 ISNI characters without spaces") @Schema(nullable = true) String isni,
        @Pattern(regexp = "^[1-9][0-9]{0,21}$", message = "must be a VIAF number") @Schema(nullable = true) String viaf,
        @Size(max = 100) @Schema(description = "Sources of the entry or of one of its statements (property, value)",
                nullable = true) List<@NotNull @Valid Evidence> evidence) implements Uncertain {

    public List<Evidence> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }

    public List<LocalizedName> namesOrEmpty() {
        return names == null ? List.of() : names;
    }

    public List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }

    public List<String> acronymsOrEmpty() {
        return acronyms == null ? List.of() : acronyms;
    }
}
