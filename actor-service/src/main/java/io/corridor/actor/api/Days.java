package io.corridor.actor.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.corridor.support.problem.ProblemException;

/**
 * Uncertainty bounds (notBefore, notAfter) travel as text: Jackson would read a number as a day since 1970 and an
 * empty array as no date. Drafts declare {@link #DAY} and parse here, naming the field when the day does not exist.
 */
public final class Days {

    public static final String DAY = "^\\d{4}-\\d{2}-\\d{2}$";

    private Days() {
    }

    public static LocalDate parse(String field, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is no day of the calendar");
        }
    }
}
