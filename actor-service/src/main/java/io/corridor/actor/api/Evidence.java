package io.corridor.actor.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What backs a statement: a quote in a document (with the annotation IRI marking it) or an import; for an actor, the
 * property (and value) it backs. Rank and stance as Wikidata and FollowTheMoney statements have them; first and last
 * seen are set by the registry (a source sent again in a replace keeps its first sighting).
 */
@Schema(name = "Evidence", description = "At least an annotation, a quote or an import")
public record Evidence(
        @Size(max = 2000) @Schema(description = "IRI of the Web Annotation", nullable = true) String annotation,
        @Size(max = 500) @Schema(description = "The document quoted", example = "soukouna-etat-malien-negociations-migrations.txt", nullable = true) String document,
        @Size(max = 5000) @Schema(example = "l’AME s’est alliée au Forum pour un autre Mali", nullable = true) String quote,
        @JsonProperty("import") @Size(max = 500) @Schema(name = "import", description = "The import the statement came from (a file, a dataset, a URL), when no quote shows it",
                example = "corpus facts/actors.csv", nullable = true) String imported,
        @Pattern(regexp = PROPERTY, message = "must be a property name such as country")
        @Schema(description = "The statement backed: for an actor name, names, aliases, acronyms, kind, country, start, end, "
                + "description, wikidata, isni or viaf; for a relation predicate, start, end, role, post or onBehalfOf; for a "
                + "post label, role, start or end; absent: the whole entry", pattern = PROPERTY, example = "country",
                nullable = true) String property,
        @Size(max = 500) @Schema(description = "The value backed, where the property has several (one of the aliases)",
                nullable = true) String value,
        @Pattern(regexp = "preferred|normal|deprecated", message = "must be preferred, normal or deprecated")
        @Schema(description = "As Wikidata ranks statements; default normal", enumeration = { "preferred", "normal", "deprecated" },
                nullable = true) String rank,
        @Pattern(regexp = "supports|contradicts", message = "must be supports or contradicts")
        @Schema(description = "Whether the source supports or contradicts the statement; default supports",
                enumeration = { "supports", "contradicts" }, nullable = true) String stance,
        @Schema(description = "When the registry first recorded this source", readOnly = true, nullable = true) OffsetDateTime firstSeen,
        @Schema(description = "When the registry last received this source", readOnly = true, nullable = true) OffsetDateTime lastSeen) {

    static final String PROPERTY = "^[a-z][a-zA-Z]{0,39}$";

    /** A quote in a document, the most common evidence. */
    public static Evidence quote(String annotation, String document, String quote) {
        return new Evidence(annotation, document, quote, null, null, null, null, null, null, null);
    }
}
