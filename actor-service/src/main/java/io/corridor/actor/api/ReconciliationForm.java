package io.corridor.actor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The form OpenRefine posts to the service URL: one of two fields, each JSON written as text. */
@Schema(name = "ReconciliationForm", description = "application/x-www-form-urlencoded, escapes in UTF-8")
public record ReconciliationForm(
        @Schema(description = "JSON object of queries keyed by the client, at most 1,000,000 characters",
                example = "{\"q0\":{\"query\":\"HCME\"}}", maxLength = 1_000_000) String queries,
        @Schema(description = "JSON data extension request {\"ids\": [...], \"properties\": [{\"id\": ...}]}",
                maxLength = 1_000_000) String extend) {
}
