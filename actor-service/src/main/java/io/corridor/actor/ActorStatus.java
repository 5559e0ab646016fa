package io.corridor.actor;

import com.fasterxml.jackson.annotation.JsonValue;

/** Curators' actors are accepted at once; what annotators propose waits for a curator. */
public enum ActorStatus {
    PROPOSED, ACCEPTED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
