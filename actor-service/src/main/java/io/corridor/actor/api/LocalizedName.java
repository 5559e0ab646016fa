package io.corridor.actor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A preferred name in one language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LocalizedName")
public record LocalizedName(
        @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as fr") @Schema(example = "en", nullable = true) String language,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "High Council of Malians Abroad") String name) {
}
