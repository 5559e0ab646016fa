package io.corridor.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** Curators' entries are accepted at once; what annotators propose waits for a curator. */
@Schema(name = "RegistryStatus", description = "accepted, or proposed until a curator accepts it")
public enum Status {
    PROPOSED, ACCEPTED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Status of(String code) {
        return valueOf(code.toUpperCase());
    }
}
