package io.corridor.remittance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A publisher's release date (ALFRED's vintage date) or a document's publication date. A date is taken as written; a
 * month or a year, as a document's date often is ("2019"), means its last day: a document of 2019 could cite what was
 * published by the end of 2019, not later.
 */
public final class PublicationDate {

    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*", Pattern.DOTALL);

    private PublicationDate() {
    }

    /**
     * Parses 2019-06-30, 2019-06 or 2019 (the last day of the month or year).
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static LocalDate parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        try {
            LocalDate date = switch (s.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(s), 12, 31);
                case 7 -> YearMonth.parse(s).atEndOfMonth();
                case 10 -> LocalDate.parse(s);
                default -> null;
            };
            if (date != null && date.getYear() >= Period.FIRST_YEAR && date.getYear() <= Period.LAST_YEAR) {
                return date;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // answered below
        }
        throw new IllegalArgumentException("must be a date (2019-06-30), a month (2019-06) or a year (2019, its last day), "
                + "between " + Period.FIRST_YEAR + " and " + Period.LAST_YEAR);
    }

    /**
     * The date a release label starts with ("2025-01-28", a World Bank "lastupdated"; "2025-01-28T10:00:00" too), or
     * null when it has none.
     */
    public static LocalDate leading(String label) {
        if (label == null) {
            return null;
        }
        var m = LEADING_DATE.matcher(label.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return parse(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
