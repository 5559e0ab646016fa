package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An actor a document names (mention detection) or one of its annotations identifies. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ViewActor")
public record ViewActor(
        @Schema(required = true, example = "12") long id,
        @Schema(description = "Preferred name; absent when the actor could not be read", example = "Haut Conseil des Maliens de l'Extérieur") String name,
        @Schema(example = "diaspora_institution") String kind,
        @Schema(example = "actor", enumeration = { "actor", "instrument" }) String family,
        @Schema(description = "ISO 3166-1 alpha-3", example = "MLI") String country,
        @Schema(required = true, description = "Places where the latest version's text names it", example = "3") int mentions,
        @Schema(description = "Code-point offset of the first mention", example = "1520") Integer firstStart,
        @Schema(description = "The text of the first mention", example = "HCME") String firstExact,
        @Schema(required = true, description = "Annotations of the document that identify it", example = "1") int annotations) {
}
