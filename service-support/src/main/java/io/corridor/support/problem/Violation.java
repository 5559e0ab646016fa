package io.corridor.support.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing at fault in a request: a field (query parameter, JSON member, form part) or a row of an uploaded file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Violation", description = "A field or row at fault, with the reason.")
public record Violation(
        @Schema(description = "Field, parameter or column at fault", example = "size")
        String field,
        @Schema(description = "1-based row of an uploaded file, when the fault is in a file")
        Long row,
        @Schema(description = "The rejected value, when it is safe to echo")
        String value,
        @Schema(description = "Why it was rejected", example = "must be between 1 and 100")
        String message) {

    public static Violation field(String field, String message) {
        return new Violation(field, null, null, message);
    }

    public static Violation field(String field, String value, String message) {
        return new Violation(field, null, value, message);
    }

    public static Violation row(long row, String field, String value, String message) {
        return new Violation(field, row, value, message);
    }
}
