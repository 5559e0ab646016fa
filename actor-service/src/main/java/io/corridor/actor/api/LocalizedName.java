package io.corridor.actor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.corridor.support.time.PartialDate;

/**
 * A preferred name in one language, possibly valid over a period only (a ministry's name before it was renamed, as
 * Popolo's other_names with start and end dates). Every name is matched in texts whatever its period.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LocalizedName")
public record LocalizedName(
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as fr") @Schema(example = "en", nullable = true) String language,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "High Council of Malians Abroad") String name,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT
                + "; first in use", nullable = true, example = "2004") PartialDate start,
        @Schema(implementation = String.class, pattern = Patterns.PARTIAL_DATE, description = Patterns.PARTIAL_DATE_TEXT
                + "; last in use", nullable = true, example = "2011") PartialDate end) {

    public LocalizedName(String language, String name) {
        this(language, name, null, null);
    }
}
