package io.corridor.remittance.mapping;

import java.math.BigDecimal;

import io.corridor.remittance.ObservationStatus;
import io.corridor.remittance.Period;
import io.corridor.remittance.Sex;

/** One validated observation read from a file; {@code value} is null exactly when the status is missing. */
public record StagedRow(long row, String indicator, String country, String counterpart, Period period, Sex sex,
        BigDecimal value, ObservationStatus status, Attributes attributes) {
}
