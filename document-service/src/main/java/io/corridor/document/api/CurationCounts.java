package io.corridor.document.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many units of a document are in each state. */
@Schema(name = "CurationCounts", description = "Units of the document in each state")
public record CurationCounts(
        @Schema(required = true, minimum = "0", example = "12") int agreed,
        @Schema(required = true, minimum = "0", example = "5") int disagreed,
        @Schema(required = true, minimum = "0", example = "3") int single,
        @Schema(required = true, minimum = "0", example = "8") int curated) {
}
