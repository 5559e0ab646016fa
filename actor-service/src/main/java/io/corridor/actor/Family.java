package io.corridor.actor;

import com.fasterxml.jackson.annotation.JsonValue;

/** The registry holds two families: those who act, and the policy instruments they act on. */
public enum Family {
    ACTOR, INSTRUMENT;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Family of(String code) {
        return valueOf(code.toUpperCase());
    }
}
