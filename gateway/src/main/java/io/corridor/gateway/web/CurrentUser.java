package io.corridor.gateway.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Who is signed in, as the web client needs it. Absent values are left out. */
@Schema(name = "CurrentUser")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CurrentUser(
        @Schema(example = "annotator") String username,
        @Schema(example = "Awa Traoré") String name,
        @Schema(example = "annotator@corridor.example") String email,
        @Schema(description = "Corridor roles (reader, annotator, curator, admin)", example = "[\"annotator\", \"reader\"]") List<String> roles,
        @Schema(example = "[\"sahel-team\"]") List<String> teams,
        @Schema(description = "Send back in X-CSRF-Token on every write made with the session cookie; absent for bearer clients")
        String csrfToken) {
}
