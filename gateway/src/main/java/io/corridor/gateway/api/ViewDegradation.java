package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A part of a composite view that could not be fetched, and why: the problem the service (or the
 * gateway, for a service it could not reach) gave for that part.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ViewDegradation", description = "A missing part of a composite view, as a problem document naming the part")
public record ViewDegradation(
        @Schema(required = true, description = "The member of the view that is missing or incomplete", example = "claims") String part,
        @Schema(required = true, description = "The service that should have provided it", example = "remittance-service") String service,
        @Schema(required = true, description = "URI identifying the kind of problem", example = "urn:corridor:problem:service-unavailable") String type,
        @Schema(required = true, example = "Service Unavailable") String title,
        @Schema(required = true, description = "HTTP status the part's call ended with (503 when the service could not be reached)", example = "503") int status,
        @Schema(example = "the remittance-service cannot be reached") String detail) {
}
