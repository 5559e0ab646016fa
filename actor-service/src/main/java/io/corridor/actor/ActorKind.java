package io.corridor.actor;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an entry of the registry is. Serialized in snake case ({@code government_agency}). The
 * kind decides the family: agreements, policies, programmes and funds are policy instruments.
 */
@Schema(name = "ActorKind", description = "Actors: state … person; policy instruments: agreement, policy, programme, fund")
public enum ActorKind {
    STATE, MINISTRY, GOVERNMENT_AGENCY, DIASPORA_INSTITUTION, DIASPORA_ASSOCIATION, CIVIL_SOCIETY,
    INTERNATIONAL_ORGANIZATION, REGIONAL_ORGANIZATION, RESEARCH_INSTITUTE, COMPANY, MILITARY_OPERATION,
    ARMED_GROUP, PERSON,
    AGREEMENT(Family.INSTRUMENT), POLICY(Family.INSTRUMENT), PROGRAMME(Family.INSTRUMENT), FUND(Family.INSTRUMENT);

    private final Family family;

    ActorKind() {
        this(Family.ACTOR);
    }

    ActorKind(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static ActorKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + codes()));
    }

    public static String codes() {
        return Arrays.stream(values()).map(ActorKind::code).collect(Collectors.joining(", "));
    }
}
