package io.corridor.actor;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a subject relates to an object. part_of, member_of, leader_of and adviser_to are the
 * Popolo memberships and posts (see docs/actors.md); the others are stances and acts.
 */
@Schema(name = "Predicate", description = "How the subject relates to the object")
public enum Predicate {
    PART_OF, MEMBER_OF, LEADER_OF, ADVISER_TO, ALLIED_WITH, OPPOSES, SUPPORTS, REFUSES, PROMOTES, SIGNS, FUNDS,
    IMPLEMENTS, NEGOTIATES_WITH, VISITS, PARTNER_OF, SUCCEEDED_BY;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Predicate of(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(Predicate::code).collect(Collectors.joining(", "));
    }
}
