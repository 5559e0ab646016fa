package io.corridor.remittance.mapping;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.corridor.remittance.Areas;
import io.corridor.remittance.ObservationStatus;
import io.corridor.remittance.Period;
import io.corridor.remittance.Sex;

/**
 * Turns the raw cells of one row into a {@link StagedRow}, reporting every bad cell of the row
 * (not only the first) so a curator can fix a file in one pass.
 */
public final class Cells {

    /** Compiled once: {@code String.matches} would compile it again for every cell of a file. */
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(30);
    /** Decimal places a value may have: PostgreSQL's numeric stores at most 16383. */
    static final int MAX_DECIMALS = 16_383;

    /** The longest value written out: every decimal PostgreSQL keeps, and more. */
    static final int MAX_VALUE_LENGTH = 20_000;
    /** The longest name, source or release a file may declare. */
    static final int MAX_TEXT = 1000;

    private Cells() {
    }

    /**
     * Text a file declares about itself (its source, release, an indicator's name), which is stored as it is: the
     * value, or null after reporting the problem when it is no text PostgreSQL should hold (NUL made the import
     * answer 500, a lone surrogate was stored as '?'), holds other control characters, or is longer than
     * {@value #MAX_TEXT} characters.
     */
    public static String text(RowSink sink, long row, String column, String value) {
        if (value == null) {
            return null;
        }
        String reason = value.length() > MAX_TEXT ? "is longer than " + MAX_TEXT + " characters" : null;
        for (int i = 0; reason == null && i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                reason = "must not contain control characters (such as NUL)";
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                reason = "must be valid Unicode text (a lone surrogate is not)";
            }
        }
        if (reason != null) {
            sink.problem(row, column, value, reason);
            return null;
        }
        return value;
    }

    /**
     * The release a file declares (World Bank "Last Updated Date", API "lastupdated"): stored text that must start with
     * the publisher's release date, which dates every revision of the import.
     */
    public static void release(RowSink sink, long row, String column, String value) {
        String release = text(sink, row, column, value);
        if (release == null) {
            return;
        }
        if (io.corridor.remittance.PublicationDate.leading(release) == null) {
            sink.problem(row, column, value, "is not a release date (2025-01-28): every revision carries the publisher's release date");
            return;
        }
        sink.release(release);
    }

    /**
     * A value's attributes as the file writes them, checked: footnote and notes as stored text, the type of data as UN
     * DESA's codes. Null after reporting each problem; {@link Attributes#NONE} when all are empty.
     */
    public static Attributes attributes(RowSink sink, long row, String footnoteColumn, String footnote, String typeColumn,
            String type, String notesColumn, String notes) {
        boolean ok = true;
        String f = blankToNull(footnote);
        if (f != null && text(sink, row, footnoteColumn, f) == null) {
            ok = false;
        }
        String n = blankToNull(notes);
        if (n != null && text(sink, row, notesColumn, n) == null) {
            ok = false;
        }
        String t = null;
        try {
            t = io.corridor.remittance.TypeOfData.normalize(type);
        } catch (IllegalArgumentException e) {
            sink.problem(row, typeColumn, type, e.getMessage());
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return f == null && n == null && t == null ? Attributes.NONE : new Attributes(f, t, n);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static void stage(RowSink sink, long row, String indicatorColumn, String indicator, String countryColumn,
            String country, String counterpartColumn, String counterpart, String periodColumn, String period,
            String sexColumn, String sex, String valueColumn, String value, String statusColumn, String status) {
        stage(sink, row, indicatorColumn, indicator, countryColumn, country, counterpartColumn, counterpart, periodColumn,
                period, sexColumn, sex, valueColumn, value, statusColumn, status, Attributes.NONE);
    }

    /** As above, with the value's attributes (null: a problem was reported in them, the row is not staged). */
    public static void stage(RowSink sink, long row, String indicatorColumn, String indicator, String countryColumn,
            String country, String counterpartColumn, String counterpart, String periodColumn, String period,
            String sexColumn, String sex, String valueColumn, String value, String statusColumn, String status,
            Attributes attributes) {
        boolean ok = attributes != null;
        String code = indicator == null ? "" : indicator.strip();
        if (!INDICATOR_CODE.matcher(code).matches()) {
            sink.problem(row, indicatorColumn, indicator, "is not an indicator code");
            ok = false;
        }
        // alpha-2 and M49 numbers are stored as alpha-3, so MLI, ML and 466 are one country
        String c = null;
        try {
            c = Areas.canonical(country);
        } catch (IllegalArgumentException e) {
            sink.problem(row, countryColumn, country, e.getMessage());
            ok = false;
        }
        String cp = "";
        if (counterpart != null && !counterpart.isBlank()) {
            try {
                cp = Areas.canonical(counterpart);
            } catch (IllegalArgumentException e) {
                sink.problem(row, counterpartColumn, counterpart, e.getMessage());
                ok = false;
            }
        }
        Period p = null;
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            sink.problem(row, periodColumn, period, e.getMessage());
            ok = false;
        }
        Sex s = Sex.total;
        try {
            s = Sex.parse(sex);
        } catch (IllegalArgumentException e) {
            sink.problem(row, sexColumn, sex, e.getMessage());
            ok = false;
        }
        ObservationStatus st = ObservationStatus.normal;
        try {
            st = ObservationStatus.parse(status);
        } catch (IllegalArgumentException e) {
            sink.problem(row, statusColumn, status, e.getMessage());
            ok = false;
        }
        BigDecimal v = null;
        String raw = value == null ? "" : value.strip();
        if (raw.isEmpty() || raw.equals("..") || raw.equalsIgnoreCase("NaN")) {
            st = ObservationStatus.missing;
        } else if (raw.length() > MAX_VALUE_LENGTH) {
            // parsing a million digits takes seconds (BigInteger reads them in quadratic time), and none is a statistic
            sink.problem(row, valueColumn, value, "is longer than " + MAX_VALUE_LENGTH + " characters: not a statistical value");
            ok = false;
        } else {
            try {
                v = new BigDecimal(raw);
                if (v.abs().compareTo(LARGEST) > 0) {
                    sink.problem(row, valueColumn, value, "is too large for a statistical value");
                    ok = false;
                } else if (v.scale() > MAX_DECIMALS) {
                    // 1E-999999999 is a small number with a billion decimals: written out for PostgreSQL it
                    // would exhaust memory, and numeric keeps at most 16383 decimals anyway
                    sink.problem(row, valueColumn, value, "has more than " + MAX_DECIMALS + " decimal places");
                    ok = false;
                }
            } catch (NumberFormatException e) {
                sink.problem(row, valueColumn, value, "is not a number (use a dot for decimals, no thousands separators)");
                ok = false;
            }
            if (st == ObservationStatus.missing) {
                st = ObservationStatus.normal;
            }
        }
        if (ok) {
            sink.row(new StagedRow(row, code, c, cp, p, s, v, st, attributes));
        }
    }
}
