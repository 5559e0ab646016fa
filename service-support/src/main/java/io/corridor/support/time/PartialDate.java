package io.corridor.support.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to the year, the month or the day ({@code 2009}, {@code 2009-06}, {@code 2009-06-18}),
 * as sources state them. Stored as its text, compared through the first and last day it may denote.
 */
@Schema(type = SchemaType.STRING, pattern = PartialDate.PATTERN, example = "2009-06", description = PartialDate.DESCRIPTION)
public record PartialDate(String text) implements Comparable<PartialDate> {

    /** Its shape in the OpenAPI document, for members that declare it inline (a nullable $ref is not OpenAPI 3.0). */
    public static final String PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
    public static final String DESCRIPTION = "A partial date: YYYY, YYYY-MM or YYYY-MM-DD";

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        Matcher m = SHAPE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
        }
        try {
            if (m.group(3) != null) {
                LocalDate.parse(text);
            } else if (m.group(2) != null) {
                YearMonth.parse(text);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the calendar");
        }
    }

    /** Parses, or answers null for null or blank text. */
    @JsonCreator
    public static PartialDate parse(String text) {
        return text == null || text.isBlank() ? null : new PartialDate(text.strip());
    }

    public Precision precision() {
        return switch (text.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }

    /** The first day this date may denote: 2009 → 2009-01-01. */
    public LocalDate start() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(Integer.parseInt(text), 1, 1);
            case MONTH -> YearMonth.parse(text).atDay(1);
            case DAY -> LocalDate.parse(text);
        };
    }

    /** The last day this date may denote: 2009-02 → 2009-02-28. */
    public LocalDate end() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(Integer.parseInt(text), 12, 31);
            case MONTH -> YearMonth.parse(text).atEndOfMonth();
            case DAY -> LocalDate.parse(text);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    public enum Precision {
        YEAR, MONTH, DAY
    }
}
