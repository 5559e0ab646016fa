package io.corridor.actor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class ActorStatusConverter implements AttributeConverter<ActorStatus, String> {

    @Override
    public String convertToDatabaseColumn(ActorStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public ActorStatus convertToEntityAttribute(String code) {
        return code == null ? null : ActorStatus.valueOf(code.toUpperCase());
    }
}
