package io.corridor.remittance.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Which observations of one indicator to list; null members do not filter. */
public record ObservationFilter(String indicator, String country, String counterpart, LocalDate from, LocalDate to,
        String sex, OffsetDateTime asOf, String kind, String source) {
}
