package io.corridor.actor;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What happened: the moments in which actors negotiate, meet and sign. Serialized in snake case. */
@Schema(name = "EventKind")
public enum EventKind {
    NEGOTIATION_ROUND, SUMMIT, HIGH_LEVEL_DIALOGUE, MINISTERIAL_MEETING, VISIT, CONFERENCE, SIGNING, CONSULTATION;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static EventKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(EventKind::code).collect(Collectors.joining(", "));
    }
}
