package io.corridor.actor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Curators' entries are accepted at once; what annotators propose waits for a curator. */
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
