package io.corridor.actor;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class StatusConverter implements AttributeConverter<Status, String> {

    @Override
    public String convertToDatabaseColumn(Status status) {
        return status == null ? null : status.code();
    }

    @Override
    public Status convertToEntityAttribute(String code) {
        return code == null ? null : Status.of(code);
    }
}
