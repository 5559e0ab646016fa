package io.corridor.gateway;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One write through the public API and how it ended. */
@Schema(name = "AuditRecord", description = "A write through the public API: who, what, when, outcome")
public record AuditRecord(
        Long id,
        @Schema(description = "When the response was sent") OffsetDateTime at,
        @Schema(description = "The user's name, absent when the call carried no valid token", example = "curator") String username,
        @Schema(description = "The token's subject") String subject,
        @Schema(description = "The OAuth client (azp) that made the call", example = "corridor-cli") String client,
        @Schema(example = "POST") String method,
        @Schema(example = "/api/v1/actors") String path,
        @Schema(example = "201") int status,
        @Schema(description = "success (2xx/3xx), rejected (4xx) or failed (5xx)", example = "success") String outcome,
        @Schema(description = "Time spent in the gateway, in milliseconds") int durationMs) {

    public static String outcomeOf(int status) {
        return status >= 500 ? "failed" : status >= 400 ? "rejected" : "success";
    }
}
