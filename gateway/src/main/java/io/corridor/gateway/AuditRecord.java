package io.corridor.gateway;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One write through the public API and how it ended. */
@Entity
@Table(name = "audit_record")
@Schema(name = "AuditRecord", description = "A write through the public API: who, what, when, outcome")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Schema(description = "When the response was sent")
    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    @Schema(description = "The user's name, absent when the call carried no valid token", example = "curator")
    public String username;

    @Schema(description = "The token's subject")
    public String subject;

    @Schema(description = "The OAuth client (azp) that made the call", example = "corridor-cli")
    public String client;

    @Schema(example = "POST")
    public String method;

    @Schema(example = "/api/v1/actors")
    public String path;

    @Schema(example = "201")
    public int status;

    @Schema(description = "success (2xx/3xx), rejected (4xx) or failed (5xx)", example = "success")
    public String outcome;

    @Column(name = "duration_ms")
    @Schema(description = "Time spent in the gateway, in milliseconds")
    public int durationMs;

    public static String outcomeOf(int status) {
        return status >= 500 ? "failed" : status >= 400 ? "rejected" : "success";
    }
}
