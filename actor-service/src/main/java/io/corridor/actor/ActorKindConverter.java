package io.corridor.actor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores kinds by their API code, so the database reads the same as the JSON. */
@Converter
public class ActorKindConverter implements AttributeConverter<ActorKind, String> {

    @Override
    public String convertToDatabaseColumn(ActorKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public ActorKind convertToEntityAttribute(String code) {
        return code == null ? null : ActorKind.of(code);
    }
}
