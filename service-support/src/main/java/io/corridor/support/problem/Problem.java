package io.corridor.support.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document, the body of every error Corridor answers.
 * {@code errors} is an extension member listing each field or row at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:corridor:problem:validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence", example = "size must be between 1 and 100")
        String detail,
        @Schema(description = "URI reference of the request that failed", example = "/api/v1/documents")
        String instance,
        @Schema(description = "Each field or row at fault")
        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
