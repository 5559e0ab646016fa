package io.corridor.remittance.repository;

import java.time.LocalDate;

/** Which observations of one indicator to list; null members do not filter. */
public record ObservationFilter(String indicator, String country, String counterpart, LocalDate from, LocalDate to,
        String sex, RevisionChoice revisions, String kind, String source) {
}
