package io.corridor.actor.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A property value a reconciliation query gives to narrow its candidates: {"pid": "country", "v": "MLI"}. v may be a
 * text, a number, an object with an id (a value reconciled before) or an array of those, as the API allows.
 */
@Schema(name = "PropertyValue", requiredProperties = { "pid", "v" })
public record PropertyValue(
        @NotBlank @Size(max = 100) @Schema(description = "A property id of the service", example = "country") String pid,
        @Schema(description = "Its value: text, number, {\"id\": ...} or an array of those (any JSON)", example = "MLI",
                type = SchemaType.DEFAULT, implementation = Void.class) JsonNode v) {
}
